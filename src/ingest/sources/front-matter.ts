/**
 * The metadata of a text article: YAML front matter at the top of a Markdown file
 * ("---\ntitle: …\ndate: 2022-02-28\nsource: …\nurl: …\n---"), and the same fields given on the command
 * line (`newsgraph ingest --title --date --source --url`), which win over the file's.
 */
import { parse } from 'yaml';
import { badInput, type ArticleInput } from '../../graph/article-input';

export type ArticleMetadata = Pick<ArticleInput, 'title' | 'date' | 'source' | 'url'>;

const FIELDS = ['title', 'date', 'source', 'url'] as const;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The front matter's fields and the text after it; a text without front matter is returned whole. */
export function splitFrontMatter(text: string): { metadata: ArticleMetadata; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (match === null) return { metadata: {}, body: text };
  let fields: unknown;
  try {
    fields = parse(match[1] ?? '') ?? {};
  } catch (error) {
    throw badInput(`the front matter is not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw badInput('the front matter must be YAML "key: value" lines');
  }
  const metadata: ArticleMetadata = {};
  for (const field of FIELDS) {
    const value = scalar((fields as Record<string, unknown>)[field]);
    if (value === null) throw badInput(`the front matter's "${field}" must be text`);
    if (value !== undefined) metadata[field] = value;
  }
  return { metadata, body: text.slice(match[0].length) };
}

/** Strings as they are; numbers and YAML timestamps as text; undefined when absent; null when unusable. */
function scalar(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

/** The command line's fields over the file's, over what was derived (the title from the first line). */
export function withMetadata(
  input: ArticleInput,
  ...layers: readonly (ArticleMetadata | undefined)[]
): ArticleInput {
  const merged: ArticleInput = { ...input };
  for (const layer of layers) {
    for (const field of FIELDS) {
      const value = layer?.[field];
      if (value !== undefined) merged[field] = value;
    }
  }
  return merged;
}
