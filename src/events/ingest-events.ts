/**
 * What the ingest path tells the rest of the system once an article's write transaction has committed:
 * the article (articleIngested) and each relation it states (relationAdded). Published by
 * publishIngestEvents; the API's subscriptions read them (src/api/subscriptions).
 */
import type { Logger } from '../logger';
import type { EventBus } from './event-bus';

export interface ArticleIngestedEvent {
  readonly articleId: string;
  readonly title: string | null;
  readonly status: 'new' | 'replaced';
  readonly entities: number;
  readonly relations: number;
}

/** A relation the article states, by its identity (the API's relation id encodes the same fields). */
export interface RelationAddedEvent {
  readonly articleId: string;
  readonly subjectId: string;
  readonly predicate: string;
  readonly objectId: string;
  readonly negated: boolean;
  readonly modality: string | null;
}

export type IngestEvents = {
  readonly articleIngested: ArticleIngestedEvent;
  readonly relationAdded: RelationAddedEvent;
};

export type IngestEventBus = EventBus<IngestEvents>;

/** Publishes an ingested article and its relations (call it after the transaction committed). */
export async function publishIngestEvents(
  bus: IngestEventBus,
  article: ArticleIngestedEvent,
  relations: readonly Omit<RelationAddedEvent, 'articleId'>[],
): Promise<void> {
  await bus.publish('articleIngested', article);
  for (const relation of relations) {
    await bus.publish('relationAdded', { articleId: article.articleId, ...relation });
  }
}

/** What announceIngested needs: the bus, and how to read an article's relations once it committed. */
export interface IngestAnnouncer {
  readonly events: IngestEventBus;
  relationKeys(articleId: string): Promise<readonly Omit<RelationAddedEvent, 'articleId'>[]>;
  readonly logger: Logger;
}

/**
 * Tells subscribers of an ingest whose transaction has committed: nothing for an unchanged article,
 * otherwise articleIngested and one relationAdded per relation it states. The write is done by then, so
 * a failure to publish is logged, never thrown. The API's writer and the queue's workers both call it.
 */
export async function announceIngested(
  announcer: IngestAnnouncer,
  outcome: {
    readonly articleId: string;
    readonly status: 'new' | 'replaced' | 'unchanged';
    readonly entities: number;
    readonly relations: number;
  },
  title: string | null | undefined,
): Promise<void> {
  if (outcome.status === 'unchanged') return;
  try {
    const relations = await announcer.relationKeys(outcome.articleId);
    await publishIngestEvents(
      announcer.events,
      {
        articleId: outcome.articleId,
        title: title?.trim() || null,
        status: outcome.status,
        entities: outcome.entities,
        relations: outcome.relations,
      },
      relations,
    );
  } catch (error) {
    announcer.logger.warn(
      { err: error, articleId: outcome.articleId },
      'the article was stored, but its ingest events were not published',
    );
  }
}
