/**
 * What the ingest path tells the rest of the system once an article's write transaction has committed:
 * the article (articleIngested) and each relation it states (relationAdded). Published by
 * publishIngestEvents; the API's subscriptions read them (src/api/subscriptions).
 */
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
