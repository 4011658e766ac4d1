/**
 * The API's ingest queue, when NEWSGRAPH_REDIS_URL is set: `ingestArticle(async: true)` enqueues for
 * `newsgraph worker` processes, named by the analyzer the server runs, and the API's subscriptions listen
 * on the same Redis, so articles the workers write reach every API process's subscribers. Unset: no queue
 * (the default); async ingest is then refused, events stay in the process, and nothing connects to Redis.
 */
import { queuedArticles, type ArticleQueue } from '../api/article/article-writer';
import type { AnalyzerName, Config } from '../config';
import type { IngestEventBus, IngestEvents } from '../events/ingest-events';
import { createRedisEventBus } from '../events/redis-event-bus';
import { IngestQueue } from '../ingest/queue/producer';
import type { Logger } from '../logger';

export interface ApiQueue {
  readonly articles: ArticleQueue | undefined;
  /** The event bus over the queue's Redis; undefined without a queue (the API keeps its own). */
  readonly events: IngestEventBus | undefined;
  close(): Promise<void>;
}

export function apiQueue(
  config: Config,
  analyzer: AnalyzerName,
  analyzerVersion: string,
  logger: Logger,
): ApiQueue {
  const redisUrl = config.queue.redisUrl;
  if (redisUrl === null) {
    return { articles: undefined, events: undefined, close: () => Promise.resolve() };
  }
  const queue = new IngestQueue(redisUrl, config.queue);
  const events = createRedisEventBus<IngestEvents>({ url: redisUrl, logger });
  const plan = { analyzer, analyzerVersion, maxArticleBytes: config.ingest.maxArticleBytes };
  return {
    articles: queuedArticles(queue, plan),
    events,
    close: async () => {
      await queue.close();
      await events.close();
    },
  };
}
