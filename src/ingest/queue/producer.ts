/**
 * The producer side of the ingest queue: enqueue articles (a job each, its id the content hash, so a
 * duplicate is one job), report the queue's counts and last failures, and one job's state. Used by
 * `newsgraph ingest --queue`, `newsgraph queue status` and the API's `ingestArticle(async: true)`.
 */
import { Queue, type Job, type JobsOptions } from 'bullmq';
import type { QueueConfig } from '../../config';
import type { IngestOutcome } from '../../graph/ingest';
import type { SourceItem } from '../sources';
import { producerConnection, withQueueDeadline } from './connection';
import { INGEST_JOB, INGEST_QUEUE, planJob, type IngestJobData, type JobPlanOptions } from './jobs';

export type JobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'unknown';

export interface IngestJobReport {
  readonly id: string;
  readonly state: JobState;
  readonly origin: string;
  readonly articleId: string | null;
  readonly attempts: number;
  readonly failedReason: string | null;
  readonly outcome: IngestOutcome | null;
}

export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
}

export interface QueueStatus {
  readonly counts: QueueCounts;
  /** The latest failed jobs, newest first. */
  readonly lastFailures: readonly IngestJobReport[];
}

export interface EnqueueResult {
  readonly jobId: string;
  /** The article's id (null when the input was refused). */
  readonly articleId: string | null;
  /** A job with this id was already in the queue (waiting, running or kept after it ran). */
  readonly duplicate: boolean;
  /** The input was refused (its job fails at once, with this reason). */
  readonly refused: string | null;
  readonly origin: string;
}

export interface EnqueueSummary {
  enqueued: number;
  duplicates: number;
  refused: number;
  seconds: number;
}

/** Kept after they ran: the ids a repeated enqueue finds, the outcomes `ingestJob` reports. */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 100_000 };
const KEEP_FAILED = { age: 30 * 24 * 3600, count: 100_000 };

export class IngestQueue {
  private readonly queue: Queue<IngestJobData, IngestOutcome>;

  constructor(
    private readonly url: string,
    private readonly settings: Pick<QueueConfig, 'attempts' | 'backoffMs'>,
  ) {
    this.queue = new Queue(INGEST_QUEUE, { connection: producerConnection(url) });
    // Without a listener an unreachable Redis is an unhandled 'error' event; calls report it instead.
    this.queue.on('error', () => undefined);
  }

  private get jobOptions(): JobsOptions {
    return {
      attempts: this.settings.attempts,
      backoff: { type: 'exponential', delay: this.settings.backoffMs },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  }

  async enqueue(item: SourceItem, plan: JobPlanOptions): Promise<EnqueueResult> {
    const job = planJob(item, plan);
    const result = await withQueueDeadline(
      this.url,
      (async () => {
        const existing = await this.queue.getJob(job.id);
        if (existing !== undefined) return true;
        await this.queue.add(INGEST_JOB, job.data, { ...this.jobOptions, jobId: job.id });
        return false;
      })(),
    );
    return {
      jobId: job.id,
      articleId: job.data.input?.id ?? null,
      duplicate: result,
      refused: job.data.refused ?? null,
      origin: item.origin,
    };
  }

  /** Every item of the sources, one job each, `onResult` after each; returns at once when all are in. */
  async enqueueAll(
    items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
    plan: JobPlanOptions,
    onResult?: (result: EnqueueResult) => void,
  ): Promise<EnqueueSummary> {
    const started = process.hrtime.bigint();
    const summary: EnqueueSummary = { enqueued: 0, duplicates: 0, refused: 0, seconds: 0 };
    for await (const item of items) {
      const result = await this.enqueue(item, plan);
      if (result.duplicate) summary.duplicates += 1;
      else if (result.refused !== null) summary.refused += 1;
      else summary.enqueued += 1;
      onResult?.(result);
    }
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return summary;
  }

  async status(lastFailures = 5): Promise<QueueStatus> {
    return withQueueDeadline(
      this.url,
      (async () => {
        const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
        const failed = await this.queue.getFailed(0, Math.max(0, lastFailures - 1));
        return {
          counts: {
            waiting: counts.waiting ?? 0,
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            completed: counts.completed ?? 0,
            failed: counts.failed ?? 0,
          },
          lastFailures: await Promise.all(failed.map((job) => reportOf(job))),
        };
      })(),
    );
  }

  /** One job's state; null when no such job is known (never enqueued, or removed after its keep time). */
  async job(id: string): Promise<IngestJobReport | null> {
    return withQueueDeadline(
      this.url,
      (async () => {
        // The state first: a job that completes between the two reads is then reported with its
        // outcome, never as COMPLETED with the hash it had while it was still running.
        const state = await this.queue.getJobState(id);
        const job = await this.queue.getJob(id);
        return job === undefined ? null : reportOf(job, state);
      })(),
    );
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}

async function reportOf(job: Job<IngestJobData, IngestOutcome>, known?: string): Promise<IngestJobReport> {
  const state = known ?? (await job.getState());
  return {
    id: job.id ?? '',
    state: knownState(state),
    origin: job.data.origin,
    articleId: job.data.input?.id ?? null,
    attempts: job.attemptsMade,
    failedReason: job.failedReason === undefined || job.failedReason === '' ? null : job.failedReason,
    outcome: job.returnvalue ?? null,
  };
}

function knownState(state: string): JobState {
  if (state === 'waiting' || state === 'prioritized' || state === 'waiting-children') return 'waiting';
  if (state === 'active' || state === 'delayed' || state === 'completed' || state === 'failed') return state;
  return 'unknown';
}
