/**
 * The API's article writer that also tells subscribers: once an ingest's transaction has committed (the
 * writer resolved) with a new or replaced article, it publishes articleIngested and one relationAdded per
 * relation the article states (announceIngested, src/events/ingest-events.ts). The write is done by then:
 * a failure to publish is logged and does not fail the mutation. Queued articles are announced by the
 * worker that writes them, over Redis, which every API process listens to.
 */
import { announceIngested, type IngestAnnouncer } from '../../events/ingest-events';
import type { ArticleWriter } from '../article/article-writer';

export function publishingArticleWriter(writer: ArticleWriter, announcer: IngestAnnouncer): ArticleWriter {
  return {
    async ingestArticle(input) {
      const outcome = await writer.ingestArticle(input);
      await announceIngested(announcer, outcome, input.title);
      return outcome;
    },
    deleteArticle: (id) => writer.deleteArticle(id),
    ...(writer.queue === undefined ? {} : { queue: writer.queue }),
  };
}
