/**
 * The consumer side of the ingest queue: takes jobs from Redis and ingests each article (analyse,
 * extract, one write transaction) into the database it is given. Delivery is at least once (a job whose
 * worker died is taken again once its lock expires); the graph's writes are idempotent by content hash
 * (an article already written is skipped as unchanged before it is read), so each article lands exactly
 * once. Bad input fails at once and for good (UnrecoverableError, in the failed set with its reason);
 * anything else (Neo4j or the NLP server away) is retried with exponential backoff.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { AnalyzerName } from '../../config';
import { announceIngested, type IngestAnnouncer } from '../../events/ingest-events';
import { ErrorCode, isAppError } from '../../errors';
import type { GraphDatabase } from '../../graph/database';
import { looksEnglish } from '../../extract/language';
import type { Extractor } from '../../graph/extractor';
import { ingestArticle, type IngestOutcome } from '../../graph/ingest';
import { workerConnection } from './connection';
import { INGEST_QUEUE, type IngestJobData } from './jobs';

export interface IngestWorkerOptions {
  readonly redisUrl: string;
  readonly db: GraphDatabase;
  /** The extractor for a job's analyzer (opened on first use). */
  readonly extractorFor: (analyzer: AnalyzerName) => Promise<Extractor>;
  readonly concurrency: number;
  readonly maxArticleBytes: number;
  /** Job lock, renewed at half this while the worker lives; a dead worker's jobs return after it. */
  readonly lockMs: number;
  /**
   * Where the articles this worker writes are announced (a Redis event bus the API processes listen to):
   * after each job's transaction committed. None: the worker writes silently.
   */
  readonly announcer?: IngestAnnouncer;
  readonly onCompleted?: (job: Job<IngestJobData, IngestOutcome>, outcome: IngestOutcome) => void;
  readonly onFailed?: (job: Job<IngestJobData, IngestOutcome> | undefined, error: Error) => void;
  readonly onError?: (error: Error) => void;
}

/** Errors that no retry can fix: the input itself. */
const PERMANENT = new Set<ErrorCode>([ErrorCode.BAD_USER_INPUT]);

export function ingestJobProcessor(
  options: Pick<IngestWorkerOptions, 'db' | 'extractorFor' | 'maxArticleBytes' | 'announcer'>,
) {
  return async (job: Job<IngestJobData, IngestOutcome>): Promise<IngestOutcome> => {
    const { input, refused, analyzer } = job.data;
    if (refused !== undefined) throw new UnrecoverableError(refused);
    if (input === undefined) throw new UnrecoverableError('the job holds no article');
    // The in-process path stores such an article without entities; a queue's failed set is where an
    // operator looks for what did not make it into the graph, so here it is refused with its reason.
    if (typeof input.text === 'string' && input.text.trim() !== '' && !looksEnglish(input.text)) {
      throw new UnrecoverableError('the article is not English: the extractor reads English only');
    }
    let outcome: IngestOutcome;
    try {
      const extract = await options.extractorFor(analyzer);
      outcome = await ingestArticle(options.db, input, { maxArticleBytes: options.maxArticleBytes, extract });
    } catch (error) {
      if (isAppError(error) && PERMANENT.has(error.code)) throw new UnrecoverableError(error.message);
      throw error;
    }
    // Committed: announced once per write (a retried job whose write already landed is unchanged: silent).
    if (options.announcer !== undefined) await announceIngested(options.announcer, outcome, input.title);
    return outcome;
  };
}

export function startIngestWorker(options: IngestWorkerOptions): Worker<IngestJobData, IngestOutcome> {
  const worker = new Worker<IngestJobData, IngestOutcome>(INGEST_QUEUE, ingestJobProcessor(options), {
    connection: workerConnection(options.redisUrl),
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    // A job whose worker died twice is still retried once more, then failed for inspection: a text that
    // kills its worker each time must not take the fleet down one worker after another.
    maxStalledCount: 2,
  });
  worker.on('completed', (job, outcome) => options.onCompleted?.(job, outcome));
  worker.on('failed', (job, error) => options.onFailed?.(job, error));
  worker.on('error', (error) => options.onError?.(error));
  return worker;
}
