import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type';

@ObjectType({
  simpleResolvers: true,
  description: 'An entity found by Query.searchEntities, with its relevance.',
})
export class EntitySearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float, { description: 'Lucene relevance: higher is better; compare within one search only.' })
  score!: number;
}
