/**
 * The API's article writer that also tells subscribers: once an ingest's transaction has committed (the
 * writer resolved) with a new or replaced article, it publishes articleIngested and one relationAdded per
 * relation the article states (src/events/ingest-events.ts). The write is done by then: a failure to
 * publish is logged and does not fail the mutation.
 */
import { publishIngestEvents, type IngestEventBus } from '../../events/ingest-events';
import type { RelationKey } from '../../graph/read';
import type { Logger } from '../../logger';
import type { ArticleWriter } from '../article/article-writer';

export interface IngestPublisher {
  readonly events: IngestEventBus;
  /** The relations an article states, read after its write committed. */
  relationKeys(articleId: string): Promise<readonly RelationKey[]>;
  readonly logger: Logger;
}

export function publishingArticleWriter(writer: ArticleWriter, publisher: IngestPublisher): ArticleWriter {
  return {
    async ingestArticle(input) {
      const outcome = await writer.ingestArticle(input);
      if (outcome.status === 'unchanged') return outcome;
      try {
        const relations = await publisher.relationKeys(outcome.articleId);
        await publishIngestEvents(
          publisher.events,
          {
            articleId: outcome.articleId,
            title: input.title?.trim() || null,
            status: outcome.status,
            entities: outcome.entities,
            relations: outcome.relations,
          },
          relations,
        );
      } catch (error) {
        publisher.logger.warn(
          { err: error, articleId: outcome.articleId },
          'the article was stored, but its ingest events were not published',
        );
      }
      return outcome;
    },
    deleteArticle: (id) => writer.deleteArticle(id),
    // Queued articles are written by a worker, in its own process: no event from here (see README).
    ...(writer.queue === undefined ? {} : { queue: writer.queue }),
  };
}
