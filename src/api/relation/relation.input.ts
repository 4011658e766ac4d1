import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters of Query.relations; all given ones must hold.' })
export class RelationWhere {
  @Field(() => String, { nullable: true, description: 'e.g. SANCTIONS (case-insensitive).' })
  predicate?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these predicates (case-insensitive); with `predicate`, both must hold.',
  })
  predicates?: string[] | null;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Relations with evidence in this article.' })
  articleId?: string | null;

  @Field(() => Float, { nullable: true, description: 'From 0 to 1.' })
  minConfidence?: number | null;

  @Field(() => Float, { nullable: true, description: 'From 0 to 1, not below minConfidence.' })
  maxConfidence?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: relations dated (Relation.date) on or after this day; undated ones are left out.',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: relations dated (Relation.date) on or before this day; undated ones are left out.',
  })
  to?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only denied facts (true) or only affirmed ones (false).',
  })
  negated?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only facts stated with this modal verb (may, could, will…; case-insensitive).',
  })
  modality?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Relations with at least one fact attributed to this entity (reported speech: who said it).',
  })
  sourceId?: string | null;
}
