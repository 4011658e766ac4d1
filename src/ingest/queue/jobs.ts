/**
 * What an ingest job is: one article, named by its content hash, so that the same article enqueued twice
 * (from one machine or two) is one job. The hash covers the article's id, text, title, date, url, source
 * and the analyzer's version: the same text under another id is another article, and a changed text or
 * analyzer is new work. An input that cannot be checked (empty, binary, oversized, unreadable) is still
 * enqueued, as a job that fails at once with its reason, so that every bad input is in the failed set.
 */
import { createHash } from 'node:crypto';
import type { AnalyzerName } from '../../config';
import { isAppError } from '../../errors';
import { checkArticle, type ArticleInput } from '../../graph/article-input';
import type { SourceItem } from '../sources';

export const INGEST_QUEUE = 'newsgraph-ingest';
export const INGEST_JOB = 'ingest-article';

export interface IngestJobData {
  /** Where the article came from: a file, a JSON line, `graphql`. */
  readonly origin: string;
  /** The analyzer whose version is in the job id; the worker reads the article with it. */
  readonly analyzer: AnalyzerName;
  readonly input?: ArticleInput;
  /** Set when the input was refused before it was enqueued: the job fails with it, never retried. */
  readonly refused?: string;
}

export interface PlannedJob {
  readonly id: string;
  readonly data: IngestJobData;
}

export interface JobPlanOptions {
  readonly analyzer: AnalyzerName;
  /** The analyzer's version (src/nlp/analyzer.ts), which the content hash folds in. */
  readonly analyzerVersion: string;
  readonly maxArticleBytes: number;
}

/** The job for one source item: a content-hash id, or a refusal with its reason. */
export function planJob(item: SourceItem, options: JobPlanOptions): PlannedJob {
  const { analyzer } = options;
  if (item.error !== undefined) return refusedJob(item.origin, item.error.message, analyzer);
  try {
    const article = checkArticle(item.input, options.maxArticleBytes, options.analyzerVersion);
    return {
      id: jobIdOf(article.id, article.contentHash),
      data: { origin: item.origin, analyzer, input: { ...item.input, id: article.id } },
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return refusedJob(item.origin, error.message, analyzer, item.input.text);
  }
}

export function jobIdOf(articleId: string, contentHash: string): string {
  return sha256(JSON.stringify([articleId, contentHash]));
}

function refusedJob(origin: string, reason: string, analyzer: AnalyzerName, text?: unknown): PlannedJob {
  // Named by what was refused, so that refusing the same input twice is one failed job too.
  const seen = typeof text === 'string' ? sha256(text) : '';
  return {
    id: `refused-${sha256(JSON.stringify([origin, reason, seen]))}`,
    data: { origin, analyzer, refused: reason },
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
