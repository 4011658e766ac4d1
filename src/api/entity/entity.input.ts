import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { EntityType } from '../../vocabulary';
import { EntityTypeEnum } from './entity-type.enum';

@InputType({ description: 'Filters of Query.entities; all given ones must hold.' })
export class EntityWhere {
  @Field(() => EntityTypeEnum, { nullable: true })
  type?: EntityType | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or an alias.' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entities this article mentions.' })
  articleId?: string | null;
}

export enum EntityOrder {
  NAME_ASC = 'NAME_ASC',
  MENTION_COUNT_DESC = 'MENTION_COUNT_DESC',
}

registerEnumType(EntityOrder, {
  name: 'EntityOrder',
  description: 'Order of Query.entities.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (case-insensitive), then id.' },
    MENTION_COUNT_DESC: { description: 'Most mentioned first, then by name.' },
  },
});
