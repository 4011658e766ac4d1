/**
 * JSON lines: one article a line, `{"id"?, "title"?, "text", "date"?, "url"?, "source"?}`. Blank lines are
 * skipped; a line that is not JSON, not an object, or has no text string is reported with its line
 * number, and the lines after it are still read.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { badInput, type ArticleInput } from '../../graph/article-input';
import type { SourceItem } from './source-item';

const STRING_FIELDS = ['id', 'title', 'date', 'url', 'source'] as const;

export async function* readJsonLines(stream: Readable, name: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    const item = parseJsonLine(line, `${name}:${lineNumber}`);
    if (item !== null) yield item;
  }
}

export function parseJsonLine(line: string, origin: string): SourceItem | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { origin, error: badInput(`not JSON: ${(error as Error).message}`) };
  }
  try {
    return { origin, input: articleInputOf(value) };
  } catch (error) {
    return { origin, error: error as Error };
  }
}

function articleInputOf(value: unknown): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badInput('expected a JSON object such as {"title": "...", "text": "..."}');
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') throw badInput('"text" must be a string');
  const input: ArticleInput = { text: record.text };
  for (const field of STRING_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string' && !(field === 'id' && typeof fieldValue === 'number')) {
      throw badInput(`"${field}" must be a string`);
    }
    input[field] = String(fieldValue);
  }
  return input;
}
