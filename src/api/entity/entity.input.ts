import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { EntityType } from '../../vocabulary';
import { EntityTypeEnum } from './entity-type.enum';

@InputType({ description: 'Filters of Query.entities; all given ones must hold.' })
export class EntityWhere {
  @Field(() => EntityTypeEnum, { nullable: true })
  type?: EntityType | null;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Any of these types.' })
  types?: EntityType[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or an alias.' })
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive beginning of the name (an index seek, unlike nameContains).',
  })
  namePrefix?: string | null;

  @Field(() => Int, { nullable: true, description: 'At least this many mentions (mentionCount), 0 or more.' })
  minMentions?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many mentions (mentionCount), 0 or more.' })
  maxMentions?: number | null;

  @Field(() => ID, { nullable: true, description: 'Entities this article mentions.' })
  articleId?: string | null;
}

export enum EntityOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  MENTION_COUNT_ASC = 'MENTION_COUNT_ASC',
  MENTION_COUNT_DESC = 'MENTION_COUNT_DESC',
  FIRST_SEEN_ASC = 'FIRST_SEEN_ASC',
  FIRST_SEEN_DESC = 'FIRST_SEEN_DESC',
  LAST_SEEN_ASC = 'LAST_SEEN_ASC',
  LAST_SEEN_DESC = 'LAST_SEEN_DESC',
}

registerEnumType(EntityOrder, {
  name: 'EntityOrder',
  description:
    'Order of Query.entities. "Seen" is the day of an article that mentions the entity: its publishedAt, ' +
    'or the day it was ingested when it has no date.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (case-insensitive), then id.' },
    NAME_DESC: { description: 'By name, Z to A (case-insensitive), then id descending.' },
    MENTION_COUNT_ASC: { description: 'Least mentioned first, then by name.' },
    MENTION_COUNT_DESC: { description: 'Most mentioned first, then by name.' },
    FIRST_SEEN_ASC: { description: 'Earliest first seen first, then by name.' },
    FIRST_SEEN_DESC: { description: 'Latest first seen first, then by name.' },
    LAST_SEEN_ASC: { description: 'Earliest last seen first, then by name.' },
    LAST_SEEN_DESC: { description: 'Most recently seen first, then by name.' },
  },
});
