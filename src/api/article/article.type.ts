import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Edge } from '../common/connection.types';
import { Node } from '../common/node.interface';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A news article the graph was read from.',
})
export class Article implements Node {
  readonly __typename = 'Article';

  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, e.g. DailyMail.com.' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  publishedAt!: string | null;

  @Field({ description: 'When it was ingested (ISO 8601).' })
  ingestedAt!: string;

  /**
   * All of it; clients may ask for a part (ArticleResolver.text). null when the statement that read the
   * article left it out (a page of evidence): ArticleResolver.text reads it then, only if asked.
   */
  text!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ArticleEdge extends Edge(() => Article) {}

@ObjectType({ simpleResolvers: true, description: 'A page of articles, newest first.' })
export class ArticleConnection extends Connection(() => ArticleEdge, 'articles') {}

export enum IngestStatus {
  NEW = 'NEW',
  UNCHANGED = 'UNCHANGED',
  REPLACED = 'REPLACED',
  QUEUED = 'QUEUED',
}

registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description:
    'What ingesting did: a new article, the same article again (same text, metadata and extractor version: nothing written), or a new version; QUEUED: enqueued for a worker (async: true), `ingestJob(jobId)` tells the rest.',
});

@ObjectType({ simpleResolvers: true, description: 'The outcome of Mutation.ingestArticle.' })
export class IngestResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => Int, { description: 'Entities the article names.' })
  entities!: number;

  @Field(() => Int, { description: 'Facts read from the article.' })
  relations!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'With async: true, the ingest job (named by the content hash: the same article twice is one job); `ingestJob(id)` reports it. Null otherwise.',
  })
  jobId?: string | null;

  /** Resolved by IngestResultResolver.article. */
  @Field(() => Article, { nullable: true, description: 'The article as stored.' })
  article?: Article | null;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of Mutation.deleteArticle.' })
export class DeleteResult {
  @Field(() => ID)
  articleId!: string;

  @Field()
  deleted!: boolean;

  @Field(() => Int, { description: 'Facts retracted with the article.' })
  relationsRemoved!: number;

  @Field(() => Int, { description: 'Entities no other article mentions, removed with it.' })
  entitiesRemoved!: number;
}
