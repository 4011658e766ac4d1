/**
 * How newsgraph reaches the queue's Redis (NEWSGRAPH_REDIS_URL). Workers wait for Redis however long it
 * is away (BullMQ's requirement: maxRetriesPerRequest null) and carry on when it is back. Producers (the
 * CLI's `ingest --queue`, the API) must not hang: each of their calls has a deadline and then fails with
 * QUEUE_UNAVAILABLE.
 */
import type { ConnectionOptions } from 'bullmq';
import { AppError, ErrorCode } from '../../errors';

export const PRODUCER_DEADLINE_MS = 5_000;

export function workerConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null, connectionName: 'newsgraph-worker' };
}

export function producerConnection(url: string): ConnectionOptions {
  return {
    url,
    maxRetriesPerRequest: 1,
    connectionName: 'newsgraph-producer',
    // Reconnect quickly, but never more often than every 2 s.
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  };
}

/** The call's result, or QUEUE_UNAVAILABLE naming the Redis once the deadline passes. */
export async function withQueueDeadline<T>(
  url: string,
  work: Promise<T>,
  ms: number = PRODUCER_DEADLINE_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(queueUnavailable(url, `no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]).catch((error: unknown) => {
      throw error instanceof AppError ? error : queueUnavailable(url, (error as Error).message);
    });
  } finally {
    clearTimeout(timer);
  }
}

export function queueUnavailable(url: string, why: string): AppError {
  return new AppError(
    ErrorCode.QUEUE_UNAVAILABLE,
    `The ingest queue's Redis at ${redactedUrl(url)} is not reachable (${why}). Is it running? ` +
      '(`newsgraph redis start` runs a local one.)',
    { url: redactedUrl(url) },
  );
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
