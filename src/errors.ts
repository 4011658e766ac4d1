/**
 * One error type for the whole application. Every failure a user can cause or meet has a code; the code
 * decides the GraphQL `extensions.code` and the CLI exit status, in one place each (below).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  CONFIG_INVALID = 'CONFIG_INVALID',
  DEPENDENCY_MISSING = 'DEPENDENCY_MISSING',
  NEO4J_START_FAILED = 'NEO4J_START_FAILED',
  /** The NLP server cannot be reached or is out of memory: every later text would fail the same way. */
  NLP_UNAVAILABLE = 'NLP_UNAVAILABLE',
  /** The NLP server failed on one text (a timeout, an error answer); other texts may still pass. */
  NLP_FAILED = 'NLP_FAILED',
  /** Redis, the ingest queue's store, cannot be reached. */
  QUEUE_UNAVAILABLE = 'QUEUE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Exit statuses follow sysexits(3) where one fits, so scripts can tell a usage error from an outage. */
export function exitCodeOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
      return 65; // EX_DATAERR
    case ErrorCode.NOT_FOUND:
      return 66; // EX_NOINPUT
    case ErrorCode.CONFIG_INVALID:
      return 78; // EX_CONFIG
    case ErrorCode.DEPENDENCY_MISSING:
      return 69; // EX_UNAVAILABLE
    case ErrorCode.DATABASE_UNAVAILABLE:
    case ErrorCode.NEO4J_START_FAILED:
    case ErrorCode.QUERY_TIMEOUT:
    case ErrorCode.NLP_UNAVAILABLE:
    case ErrorCode.QUEUE_UNAVAILABLE:
      return 75; // EX_TEMPFAIL
    case ErrorCode.UNAUTHENTICATED:
      return 77; // EX_NOPERM
    case ErrorCode.INTERNAL_SERVER_ERROR:
    case ErrorCode.NLP_FAILED:
      return 70; // EX_SOFTWARE
    default:
      return assertNever(code);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
