import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Article, IngestStatus } from '../article/article.type';
import { Relation } from '../relation/relation.type';

@ObjectType({
  simpleResolvers: true,
  description: 'An article whose ingest committed: new, or a new version of one stored before.',
})
export class ArticleIngested {
  @Field(() => ID)
  articleId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => IngestStatus, { description: 'NEW or REPLACED (an unchanged article publishes nothing).' })
  status!: IngestStatus;

  @Field(() => Int, { description: 'Entities the article names.' })
  entities!: number;

  @Field(() => Int, { description: 'Facts read from the article.' })
  relations!: number;

  /** Resolved by ArticleIngestedResolver.article, when asked for. */
  @Field(() => Article, { nullable: true, description: 'The article as stored now.' })
  article?: Article | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A relation an ingested article states: new, or an existing one with new evidence from this article.',
})
export class RelationAdded {
  @Field(() => ID, { description: 'The article whose ingest stated it.' })
  articleId!: string;

  @Field(() => ID, { description: 'The id Query.node and Relation.id use.' })
  relationId!: string;

  @Field()
  predicate!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID)
  objectId!: string;

  /** Resolved by RelationAddedResolver.relation, when asked for. */
  @Field(() => Relation, {
    nullable: true,
    description: 'The relation with all its evidence, as stored now; null when it is gone already.',
  })
  relation?: Relation | null;
}
