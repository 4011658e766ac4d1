/** An ingest job as the API shows it: `ingestArticle(async: true)` returns its id, `ingestJob` its state. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IngestResult } from '../article/article.type';

export enum IngestJobState {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(IngestJobState, {
  name: 'IngestJobState',
  description:
    'WAITING for a worker, ACTIVE (a worker has it), DELAYED (failed, waiting for its retry), COMPLETED, FAILED (for good: failedReason says why).',
});

@ObjectType({ simpleResolvers: true, description: 'One article on the ingest queue (NEWSGRAPH_REDIS_URL).' })
export class IngestJob {
  @Field(() => ID)
  id!: string;

  @Field(() => IngestJobState)
  state!: IngestJobState;

  @Field(() => ID, { nullable: true, description: "The article's id." })
  articleId!: string | null;

  @Field(() => Int, { description: 'Tries so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last try failed.' })
  failedReason!: string | null;

  @Field(() => IngestResult, { nullable: true, description: 'What ingesting did, once COMPLETED.' })
  result!: IngestResult | null;
}
