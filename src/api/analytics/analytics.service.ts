/**
 * The analysts' queries (timeline, co-occurrence, counts per type): arguments checked (BAD_USER_INPUT
 * naming the argument), then one bounded, index-backed statement each (graph/read/analytics.ts).
 */
import type { AnalyticsReader, TimeBucketKey } from '../../graph/read';
import type { EntityType } from '../../vocabulary';
import { dayRange, daysBetween } from '../common/days';
import { optionalText } from '../common/validate';
import { BadUserInputError } from '../errors';
import type { Loaders } from '../loaders';
import { normalizePredicate } from '../relation/relation.service';
import { toEntity } from '../values';
import type { CoOccurrence, EntityTypeCount, TimelinePoint } from './analytics.type';

/** A timeline has at most this many buckets (a bit over a year of days, almost eight years of weeks). */
export const MAX_TIMELINE_BUCKETS = 400;
export const MAX_CO_OCCURRING = 100;
/** The widest range, when the client gives no end: every YYYY-MM-DD lies within. */
const EARLIEST_DAY = '0000-01-01';
const LATEST_DAY = '9999-12-31';

export interface TimelineArgs {
  readonly entityId?: string | null;
  readonly predicate?: string | null;
  readonly bucket: TimeBucketKey;
  readonly from?: string | null;
  readonly to?: string | null;
}

export class AnalyticsService {
  constructor(
    private readonly reader: AnalyticsReader,
    private readonly loaders: Loaders,
  ) {}

  async timeline(args: TimelineArgs): Promise<TimelinePoint[]> {
    const { from, to } = dayRange(args.from, args.to);
    if (from !== null && to !== null) checkBuckets(from, to, args.bucket);
    return this.reader.timeline({
      entityId: optionalText(args.entityId, 'entityId', 500),
      predicate: normalizePredicate(args.predicate),
      bucket: args.bucket,
      from: from ?? EARLIEST_DAY,
      to: to ?? LATEST_DAY,
      limit: MAX_TIMELINE_BUCKETS,
    });
  }

  async coOccurring(
    entityId: string,
    first: number,
    types: readonly EntityType[] | null | undefined,
  ): Promise<CoOccurrence[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_CO_OCCURRING) {
      throw new BadUserInputError(
        `"first" must be a whole number from 1 to ${MAX_CO_OCCURRING}, got ${first}.`,
        'first',
      );
    }
    const id = optionalText(entityId, 'entityId', 500);
    if (id === null) throw new BadUserInputError('"entityId" is empty.', 'entityId');
    const rows = await this.reader.coOccurring(id, types == null ? null : [...new Set(types)], first);
    // The statement read the entities whole: primed, so that another field asking for one reads nothing.
    return rows.map((row) => {
      const entity = toEntity(row.entity);
      this.loaders.entity.prime(row.id, entity);
      return { entity, articleCount: row.articleCount };
    });
  }

  async entityTypeCounts(): Promise<EntityTypeCount[]> {
    const rows = await this.reader.entityTypeCounts();
    return rows.map((row) => ({ type: row.type as EntityType, count: row.count }));
  }
}

/** BAD_USER_INPUT when from..to holds more buckets than a timeline returns. */
export function checkBuckets(from: string, to: string, bucket: TimeBucketKey): void {
  const days = daysBetween(from, to) + 1;
  // Weeks start on Monday: a range touches the weeks from the Monday on or before `from`.
  const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const buckets = bucket === 'DAY' ? days : Math.ceil((days + weekday) / 7);
  if (buckets > MAX_TIMELINE_BUCKETS) {
    throw new BadUserInputError(
      `"from" ${from} to "to" ${to} spans ${buckets} ${bucket === 'DAY' ? 'days' : 'weeks'}; a timeline ` +
        `has at most ${MAX_TIMELINE_BUCKETS} buckets: narrow the range${bucket === 'DAY' ? ' or use WEEK' : ''}.`,
      'from',
    );
  }
}
