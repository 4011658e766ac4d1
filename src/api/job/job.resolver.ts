import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireApiKey } from '../auth';
import type { ApiContext } from '../context';
import { IngestStatus } from '../article/article.type';
import type { IngestJobReport } from '../../ingest/queue/producer';
import { IngestJob, IngestJobState } from './job.type';

const STATES: Record<IngestJobReport['state'], IngestJobState> = {
  waiting: IngestJobState.WAITING,
  active: IngestJobState.ACTIVE,
  delayed: IngestJobState.DELAYED,
  completed: IngestJobState.COMPLETED,
  failed: IngestJobState.FAILED,
  unknown: IngestJobState.UNKNOWN,
};

const STATUSES = {
  new: IngestStatus.NEW,
  unchanged: IngestStatus.UNCHANGED,
  replaced: IngestStatus.REPLACED,
};

@Resolver(() => IngestJob)
export class IngestJobResolver {
  @Query(() => IngestJob, {
    nullable: true,
    complexity: 5,
    description:
      'An ingest job (the jobId of ingestArticle(async: true)); null when the queue knows none by that id. Needs Authorization: Bearer <NEWSGRAPH_API_KEY>.',
  })
  async ingestJob(
    @Arg('id', () => ID) id: string,
    @Ctx() { auth, services }: ApiContext,
  ): Promise<IngestJob | null> {
    requireApiKey(auth);
    const report = await services.articles.job(id);
    if (report === null) return null;
    const { outcome } = report;
    return {
      id: report.id,
      state: STATES[report.state],
      articleId: report.articleId,
      attempts: report.attempts,
      failedReason: report.failedReason,
      result:
        outcome === null
          ? null
          : {
              articleId: outcome.articleId,
              status: STATUSES[outcome.status],
              entities: outcome.entities,
              relations: outcome.relations,
            },
    };
  }
}
