/**
 * The inputs of `newsgraph ingest`: files, directories (read recursively: .txt, .md, .markdown as one
 * article each, .jsonl and .ndjson as JSON lines), and "-" for standard input (one text article, or JSON
 * lines with --jsonl). A path that cannot be read becomes a failed item, not the end of the run.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { badInput } from '../../graph/article-input';
import { splitFrontMatter, withMetadata, type ArticleMetadata } from './front-matter';
import { readJsonLines } from './jsonl';
import type { SourceItem } from './source-item';
import { decodeText, readArticleFile } from './text-file';
import { titleOf } from './title';

export type { ArticleMetadata } from './front-matter';
export type { SourceItem } from './source-item';

export interface SourceOptions {
  /** Read every file (and stdin) as JSON lines, whatever its extension. */
  readonly jsonl?: boolean;
  readonly maxArticleBytes: number;
  readonly stdin?: Readable;
  /** Title, date, source and url for the text articles (files and standard input), over their own. */
  readonly metadata?: ArticleMetadata;
}

export interface ArticleSources {
  readonly items: AsyncIterable<SourceItem>;
  /** How many items to expect, when it can be known without reading standard input. */
  readonly total: number | null;
}

type Entry = { path: string; format: 'text' | 'jsonl' } | { path: string; error: Error };

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
export const STDIN = '-';

export async function articleSources(
  args: readonly string[],
  options: SourceOptions,
): Promise<ArticleSources> {
  const entries: Entry[] = [];
  for (const arg of args) {
    if (arg === STDIN) continue;
    entries.push(...(await expand(arg, options.jsonl === true, true)));
  }
  const readsStdin = args.includes(STDIN);
  const texts = entries.filter((entry) => 'format' in entry && entry.format === 'text').length;
  if (options.metadata?.title !== undefined && texts + (readsStdin ? 1 : 0) > 1) {
    throw badInput('a title names one article: give --title with one text file or -');
  }
  const counted = await Promise.all(entries.map(itemCount));
  const total = readsStdin ? null : counted.reduce((sum, count) => sum + count, 0);
  return { items: itemsOf(entries, readsStdin, options), total };
}

async function* itemsOf(
  entries: readonly Entry[],
  readsStdin: boolean,
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  for (const entry of entries) {
    if ('error' in entry) yield { origin: entry.path, error: entry.error };
    else if (entry.format === 'jsonl') yield* readJsonLines(createReadStream(entry.path), entry.path);
    else yield await readArticleFile(entry.path, options.maxArticleBytes, options.metadata);
  }
  if (readsStdin && options.stdin !== undefined) yield* stdinItems(options.stdin, options);
}

async function* stdinItems(stdin: Readable, options: SourceOptions): AsyncGenerator<SourceItem> {
  if (options.jsonl === true) {
    yield* readJsonLines(stdin, 'stdin');
    return;
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > options.maxArticleBytes) {
        throw badInput(`over the limit of ${options.maxArticleBytes} bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)`);
      }
      chunks.push(bytes);
    }
    const { metadata: front, body: text } = splitFrontMatter(decodeText(Buffer.concat(chunks)));
    if (text.trim() === '') throw badInput('standard input is empty');
    const title = titleOf(text, null);
    const input = { text, ...(title === null ? {} : { title }) };
    yield { origin: 'stdin', input: withMetadata(input, front, options.metadata) };
  } catch (error) {
    yield { origin: 'stdin', error: error as Error };
  }
}

/** A file named on the command line is read whatever its extension; in directories, only known ones. */
async function expand(target: string, jsonl: boolean, named: boolean): Promise<Entry[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(target)).isDirectory();
  } catch {
    return [{ path: target, error: badInput('no such file or directory') }];
  }
  if (!isDirectory) {
    const extension = path.extname(target).toLowerCase();
    const format = jsonl || JSONL_EXTENSIONS.has(extension) ? 'jsonl' : 'text';
    return named || format === 'jsonl' || TEXT_EXTENSIONS.has(extension) ? [{ path: target, format }] : [];
  }
  const names = (await readdir(target)).filter((name) => !name.startsWith('.')).sort();
  const nested = await Promise.all(names.map((name) => expand(path.join(target, name), jsonl, false)));
  return nested.flat();
}

/** Counting JSON lines reads the file once more; it is what makes the progress bar's ETA possible. */
async function itemCount(entry: Entry): Promise<number> {
  if ('error' in entry || entry.format === 'text') return 1;
  try {
    const text = await readFile(entry.path, 'utf8');
    return text.split('\n').filter((line) => line.trim() !== '').length;
  } catch {
    return 1;
  }
}
