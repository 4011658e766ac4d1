import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters of Query.relations; all given ones must hold.' })
export class RelationWhere {
  @Field(() => String, { nullable: true, description: 'e.g. SANCTIONS (case-insensitive).' })
  predicate?: string | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Relations with evidence in this article.' })
  articleId?: string | null;

  @Field(() => Float, { nullable: true, description: 'From 0 to 1.' })
  minConfidence?: number | null;
}
