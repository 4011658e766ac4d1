import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { EntityType } from '../../vocabulary';
import { fixedListComplexity, listComplexity } from '../common/complexity';
import { orDefault } from '../common/validate';
import type { ApiContext } from '../context';
import { EntityTypeEnum } from '../entity/entity-type.enum';
import { CoOccurrence, EntityTypeCount, TimeBucket, TimelinePoint } from './analytics.type';
import { MAX_TIMELINE_BUCKETS } from './analytics.service';

const DEFAULT_CO_OCCURRING = 10;

@Resolver()
export class AnalyticsResolver {
  @Query(() => [TimelinePoint], {
    complexity: fixedListComplexity(MAX_TIMELINE_BUCKETS),
    description:
      'Per bucket, oldest first, at most 400 buckets; entityId (as subject or object) and/or predicate ' +
      'narrow it. Buckets without facts are left out; from and to (YYYY-MM-DD, inclusive) may span at most ' +
      '400 buckets; without them, the oldest 400 buckets with facts.',
  })
  timeline(
    @Arg('entityId', () => ID, { nullable: true }) entityId: string | null,
    @Arg('predicate', () => String, { nullable: true }) predicate: string | null,
    @Arg('bucket', () => TimeBucket, { nullable: true, defaultValue: TimeBucket.DAY })
    bucket: TimeBucket | null,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() { services }: ApiContext,
  ): Promise<TimelinePoint[]> {
    return services.analytics.timeline({
      entityId,
      predicate,
      bucket: orDefault(bucket, TimeBucket.DAY),
      from,
      to,
    });
  }

  @Query(() => [CoOccurrence], {
    complexity: listComplexity(DEFAULT_CO_OCCURRING),
    description: 'Most articles in common first (ties by name); first 1..100.',
  })
  coOccurring(
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_CO_OCCURRING }) first: number | null,
    @Arg('types', () => [EntityTypeEnum], { nullable: true }) types: EntityType[] | null,
    @Ctx() { services }: ApiContext,
  ): Promise<CoOccurrence[]> {
    return services.analytics.coOccurring(entityId, orDefault(first, DEFAULT_CO_OCCURRING), types);
  }

  @Query(() => [EntityTypeCount], {
    complexity: fixedListComplexity(11),
    description: 'Entities per type, most first (read from counts, never a scan).',
  })
  entityTypeCounts(@Ctx() { services }: ApiContext): Promise<EntityTypeCount[]> {
    return services.analytics.entityTypeCounts();
  }
}
