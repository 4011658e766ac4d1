/**
 * The analysts' aggregate reads (Query.timeline, coOccurring, entityTypeCounts): each one statement,
 * started from an index (an entity's id, articles' publishedAt) or answered by the count store, and
 * bounded by its `limit`.
 */
import { int } from 'neo4j-driver';
import { cypher } from '../cypher';
import type { ReadRunner } from './read-transaction';
import type { EntityRow } from './rows';

export type TimeBucketKey = 'DAY' | 'WEEK';

export interface TimelineQuery {
  /** As subject or object; null: the facts of every article in the range. */
  readonly entityId: string | null;
  readonly predicate: string | null;
  readonly bucket: TimeBucketKey;
  /** YYYY-MM-DD, inclusive (the caller passes the widest range when none is asked for). */
  readonly from: string;
  readonly to: string;
  /** At most this many buckets, oldest first. */
  readonly limit: number;
}

export type TimelineRow = {
  /** YYYY-MM-DD: the bucket's first day (weeks start on Monday). */
  readonly start: string;
  readonly count: number;
};

export type CoOccurrenceRow = {
  readonly id: string;
  readonly articleCount: number;
  /** The entity whole, as entities-by-id gives it. */
  readonly entity: EntityRow;
};

export type TypeCountRow = {
  readonly type: string;
  readonly count: number;
};

export class AnalyticsReader {
  /** `db`: the request's shared read transaction in the API, OwnTransactions elsewhere. */
  constructor(private readonly db: ReadRunner) {}

  /** Facts per bucket: from the entity's relationships, or from the articles' stored predicates. */
  async timeline(query: TimelineQuery): Promise<TimelineRow[]> {
    const { entityId, predicate, bucket, from, to, limit } = query;
    const params = { predicate, bucket, from, to, limit: int(limit) };
    return entityId === null
      ? this.db.read<TimelineRow>(cypher('read/timeline-articles'), params)
      : this.db.read<TimelineRow>(cypher('read/timeline-entity'), { ...params, entityId });
  }

  /** The entities sharing the most articles with `entityId`, most first. */
  async coOccurring(
    entityId: string,
    types: readonly string[] | null,
    limit: number,
  ): Promise<CoOccurrenceRow[]> {
    return this.db.read<CoOccurrenceRow>(cypher('read/co-occurring'), { entityId, types, limit: int(limit) });
  }

  /** Entities per type from the count store, most first; types without entities are left out. */
  async entityTypeCounts(): Promise<TypeCountRow[]> {
    return this.db.read<TypeCountRow>(cypher('read/entity-type-counts'), {});
  }
}
