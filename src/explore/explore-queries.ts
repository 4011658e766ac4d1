/**
 * The queries people run in Neo4j Browser live in cypher/explore/*.cypher, each with a header:
 *   // title: …   // description: …   // params: {JSON example values}   // returns: …
 * The guide shows them, and a test runs every one against the sample graph with its example params.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../graph/cypher';

export interface ExploreQuery {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly statement: string;
}

export const EXPLORE_DIR = path.join(CYPHER_DIR, 'explore');

export function parseExploreQuery(name: string, text: string): ExploreQuery {
  const header = new Map<string, string>();
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const match = /^\/\/\s*(\w+):\s*(.*)$/.exec(line);
    if (match && body.length === 0) header.set(match[1] as string, (match[2] as string).trim());
    else if (line.trim() !== '' || body.length > 0) body.push(line);
  }
  const title = header.get('title');
  if (!title) throw new Error(`cypher/explore/${name}.cypher has no "// title:" header`);
  return {
    name,
    title,
    description: header.get('description') ?? '',
    params: JSON.parse(header.get('params') ?? '{}') as ExploreQuery['params'],
    statement: body.join('\n').trim(),
  };
}

export function loadExploreQueries(dir: string = EXPLORE_DIR): ExploreQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) =>
      parseExploreQuery(file.replace(/\.cypher$/, ''), readFileSync(path.join(dir, file), 'utf8')),
    );
}

/** A Cypher literal for a guide's `:params` line: strings in double quotes with escapes, as Cypher reads them. */
export function cypherLiteral(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function paramsCommand(params: ExploreQuery['params']): string | null {
  const entries = Object.entries(params);
  if (entries.length === 0) return null;
  return `:params {${entries.map(([key, value]) => `${key}: ${cypherLiteral(value)}`).join(', ')}}`;
}
