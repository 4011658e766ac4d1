/**
 * Which failures of a request to the NLP server are worth trying again: only those where the request
 * never reached a worker (connection refused or reset, a socket closed before an answer). A timeout or an
 * error answer is not retried: the server did the work, or is still doing it, and would do it again.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

export function isConnectionError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth += 1) {
    if (typeof current !== 'object' || current === null) return false;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (typeof message === 'string' && /socket hang up|other side closed/i.test(message)) return true;
    current = cause;
  }
  return false;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** Wait before the second attempt; doubled each time after. */
  readonly backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, backoffMs: 200 };

/** Runs `attempt` until it succeeds, fails with a non-retryable error, or the attempts run out. */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  retryable: (error: unknown) => boolean = isConnectionError,
  sleep: (ms: number) => Promise<void> = delay,
): Promise<T> {
  for (let number = 1; ; number += 1) {
    try {
      return await attempt(number);
    } catch (error) {
      if (number >= policy.attempts || !retryable(error)) throw error;
      await sleep(policy.backoffMs * 2 ** (number - 1));
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
