/**
 * The API's ingest queue, when NEWSGRAPH_REDIS_URL is set: `ingestArticle(async: true)` enqueues for
 * `newsgraph worker` processes, named by the analyzer the server runs. Unset: no queue (the default);
 * async ingest is then refused and nothing connects to Redis.
 */
import { queuedArticles, type ArticleQueue } from '../api/article/article-writer';
import type { AnalyzerName, Config } from '../config';
import { IngestQueue } from '../ingest/queue/producer';

export interface ApiQueue {
  readonly articles: ArticleQueue | undefined;
  close(): Promise<void>;
}

export function apiQueue(config: Config, analyzer: AnalyzerName, analyzerVersion: string): ApiQueue {
  if (config.queue.redisUrl === null) return { articles: undefined, close: () => Promise.resolve() };
  const queue = new IngestQueue(config.queue.redisUrl, config.queue);
  const plan = { analyzer, analyzerVersion, maxArticleBytes: config.ingest.maxArticleBytes };
  return { articles: queuedArticles(queue, plan), close: () => queue.close() };
}
