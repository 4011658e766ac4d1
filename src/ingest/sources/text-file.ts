/**
 * A .txt or .md file as one article. Refused, with the file's name: a missing or unreadable file, one over
 * the size limit (checked before it is read), an empty one, and binary data (NUL bytes or bytes that are
 * not UTF-8). The id is the file name without extension, made URL-safe: editing the file and ingesting it
 * again replaces the article. A Markdown file may begin with YAML front matter (title, date, source, url),
 * which is not part of the text; `metadata` (the command line's) wins over it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../graph/article-input';
import { splitFrontMatter, withMetadata, type ArticleMetadata } from './front-matter';
import type { SourceItem } from './source-item';
import { titleOf } from './title';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

export async function readArticleFile(
  file: string,
  maxArticleBytes: number,
  metadata?: ArticleMetadata,
): Promise<SourceItem> {
  try {
    const size = (await stat(file)).size;
    if (size > maxArticleBytes) {
      throw badInput(
        `${size.toLocaleString('en-US')} bytes, over the limit of ${maxArticleBytes.toLocaleString('en-US')} ` +
          '(NEWSGRAPH_MAX_ARTICLE_BYTES)',
      );
    }
    const content = decodeText(await readFile(file));
    const markdown = MARKDOWN_EXTENSIONS.has(path.extname(file).toLowerCase());
    const { metadata: front, body: text } = markdown
      ? splitFrontMatter(content)
      : { metadata: {}, body: content };
    if (text.trim() === '') throw badInput('the file is empty');
    const title = titleOf(text, path.basename(file));
    const input = { id: articleIdOfFile(file), text, ...(title === null ? {} : { title }) };
    return { origin: file, input: withMetadata(input, front, metadata) };
  } catch (error) {
    return { origin: file, error: readError(error) };
  }
}

export function articleIdOfFile(file: string): string {
  const stem = path.parse(file).name.normalize('NFKC');
  const id = stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return id === '' ? stem : id;
}

/** UTF-8 only: a NUL byte or an invalid sequence means binary data. A byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw badInput('binary data (NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badInput('binary data or an encoding other than UTF-8, not text');
  }
}

function readError(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return badInput('no such file');
  if (code === 'EACCES') return badInput('permission denied');
  if (code === 'EISDIR') return badInput('is a directory');
  return error as Error;
}
