import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityType } from '../../vocabulary';
import { Node } from '../common/node.interface';
import { Connection, Edge } from '../common/connection.types';
import { EntityTypeEnum } from './entity-type.enum';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A person, country, organization… named in the articles.',
})
export class Entity implements Node {
  readonly __typename = 'Entity';

  @Field(() => ID, {
    description: 'Stable id: the type and a slug of the name, e.g. person:anthony-blinken.',
  })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => EntityTypeEnum)
  type!: EntityType;

  /** All of them; clients get them a page at a time (EntityResolver.aliases). */
  aliases!: string[];

  /** Null when the statement that found it did not count (EntityResolver.mentionCount counts then). */
  mentionCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the first day an article mentions it (its publishedAt, or the day it was ingested when ' +
      'it has no date).',
  })
  firstSeen!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day an article mentions it.' })
  lastSeen!: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Type-specific attributes read from the text (a title, a country code…); null when none.',
  })
  attributes!: Record<string, unknown> | null;
}

@ObjectType({ simpleResolvers: true })
export class EntityEdge extends Edge(() => Entity) {}

@ObjectType({ simpleResolvers: true, description: 'A page of entities.' })
export class EntityConnection extends Connection(() => EntityEdge, 'entities') {}
