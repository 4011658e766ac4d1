import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityType } from '../../vocabulary';
import { EntityTypeEnum } from '../entity/entity-type.enum';
import { Entity } from '../entity/entity.type';

export enum TimeBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
}

registerEnumType(TimeBucket, {
  name: 'TimeBucket',
  description: 'How Query.timeline groups facts.',
  valuesConfig: {
    DAY: { description: 'One bucket per calendar day.' },
    WEEK: { description: 'One bucket per ISO week, Monday to Sunday.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    "Facts stated per day or week: evidence sentences, dated by their article's publishedAt (articles " +
    'without a date are left out).',
})
export class TimelinePoint {
  @Field(() => String, { description: 'YYYY-MM-DD, first day of the bucket (weeks start on Monday)' })
  start!: string;

  @Field(() => Int, { description: 'How many facts (sentences that state a relation) fall in the bucket.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The entities most often mentioned in the same articles as one entity.',
})
export class CoOccurrence {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int, { description: 'How many articles mention both.' })
  articleCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many entities one type has.' })
export class EntityTypeCount {
  @Field(() => EntityTypeEnum)
  type!: EntityType;

  @Field(() => Int)
  count!: number;
}
