/**
 * The ready-made GraphQL operations in examples/operations/*.graphql, for the IDEs: each file is one
 * operation, with its variables in a `# Variables: {...}` comment line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export interface ExampleOperation {
  readonly name: string;
  readonly document: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'examples', 'operations');

export function parseExampleOperation(file: string, document: string): ExampleOperation {
  const variablesLine = /^#\s*Variables:(.*)$/m.exec(document)?.[1];
  const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(document)?.[1] ?? path.parse(file).name;
  return {
    name,
    document,
    variables: variablesLine === undefined ? {} : parseVariables(file, variablesLine),
  };
}

/**
 * The whole rest of the line must be one JSON object: a note after it once made the line unreadable, and
 * the IDE's tab opened with no variables and failed on its first Send.
 */
function parseVariables(file: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: the "# Variables:" line is not JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${file}: the "# Variables:" line must hold one JSON object`);
  return value as Record<string, unknown>;
}

export function loadExampleOperations(dir: string = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => parseExampleOperation(file, readFileSync(path.join(dir, file), 'utf8')));
}
