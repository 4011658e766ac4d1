/**
 * Cypher lives in cypher/<name>.cypher, one statement per file, with a header comment naming its
 * parameters and columns. Files are read once and cached. User values travel only as $parameters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The statement in cypher/<name>.cypher (name may contain a sub-folder, e.g. "read/entity-by-id"). */
export function cypher(name: string): string {
  let statement = cache.get(name);
  if (statement === undefined) {
    statement = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
    cache.set(name, statement);
  }
  return statement;
}

/** Splits a file of several `;`-terminated statements (used for schema setup only). */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
