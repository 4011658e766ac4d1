/**
 * What the mutations need from the graph writer (src/graph/ingest.ts): ingest one article (extract, then
 * write idempotently) and delete one (retracting its facts). An interface, so tests can count calls.
 */
import type { GraphDatabase } from '../../graph/database';
import type { Extractor } from '../../graph/extractor';
import { AppError, ErrorCode } from '../../errors';
import { deleteArticle, ingestArticle } from '../../graph/ingest';
import { planJob, type JobPlanOptions } from '../../ingest/queue/jobs';
import type { IngestJobReport, IngestQueue } from '../../ingest/queue/producer';

export interface ArticleWriteInput {
  readonly id?: string;
  readonly title?: string;
  readonly text: string;
  readonly date?: string;
  readonly url?: string;
  readonly source?: string;
}

export interface IngestOutcomeValue {
  readonly articleId: string;
  readonly status: 'new' | 'unchanged' | 'replaced';
  readonly entities: number;
  readonly relations: number;
}

export interface DeleteOutcomeValue {
  readonly deleted: boolean;
  readonly relationsRemoved: number;
  readonly entitiesRemoved: number;
}

export interface QueuedArticle {
  readonly jobId: string;
  readonly articleId: string;
  /** The same article was already queued (or done recently): this is that job. */
  readonly duplicate: boolean;
}

/** The ingest queue, when the server has one (NEWSGRAPH_REDIS_URL): `ingestArticle(async: true)`. */
export interface ArticleQueue {
  enqueue(input: ArticleWriteInput): Promise<QueuedArticle>;
  job(id: string): Promise<IngestJobReport | null>;
}

export interface ArticleWriter {
  ingestArticle(input: ArticleWriteInput): Promise<IngestOutcomeValue>;
  deleteArticle(id: string): Promise<DeleteOutcomeValue>;
  /** Absent: the server runs without a queue, and async ingest is refused. */
  readonly queue?: ArticleQueue;
}

/**
 * The real writer on a database. `extract` is the analyzer the server was started with (NEWSGRAPH_ANALYZER,
 * wired by the CLI); without one, the in-process fast extractor, whose model loads on the first ingest.
 */
export function graphArticleWriter(
  db: GraphDatabase,
  extract?: Extractor,
  queue?: ArticleQueue,
): ArticleWriter {
  return {
    ingestArticle: (input) => ingestArticle(db, input, extract === undefined ? {} : { extract }),
    deleteArticle: (id) => deleteArticle(db, id),
    ...(queue === undefined ? {} : { queue }),
  };
}

/**
 * The API's side of the ingest queue: a job per article, named by its content hash, read by the workers
 * with the analyzer `plan` names. Input the worker would refuse anyway (binary) is refused here, now.
 */
export function queuedArticles(queue: IngestQueue, plan: JobPlanOptions): ArticleQueue {
  return {
    async enqueue(input) {
      const item = { origin: 'graphql', input };
      const { refused } = planJob(item, plan).data;
      if (refused !== undefined) throw new AppError(ErrorCode.BAD_USER_INPUT, refused);
      const result = await queue.enqueue(item, plan);
      return { jobId: result.jobId, articleId: result.articleId ?? '', duplicate: result.duplicate };
    },
    job: (id) => queue.job(id),
  };
}
