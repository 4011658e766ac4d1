/**
 * The errors the API shows its clients. Each has a fixed `extensions.code` and, where HTTP has a fitting
 * status, `extensions.http` (Apollo moves it to the response status and strips it from the body).
 */
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/** Every `extensions.code` the API sends. The README's error table lists the same codes. */
export enum ApiErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_REQUEST = 'BAD_REQUEST',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  NLP_UNAVAILABLE = 'NLP_UNAVAILABLE',
  NLP_FAILED = 'NLP_FAILED',
  QUEUE_UNAVAILABLE = 'QUEUE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  SUBSCRIBER_TOO_SLOW = 'SUBSCRIBER_TOO_SLOW',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

function http(status: number, headers: [string, string][] = []) {
  return { status, headers: new HeaderMap(headers) };
}

export class ApiError extends GraphQLError {
  constructor(message: string, code: ApiErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = new.target.name;
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, argument?: string) {
    super(message, ApiErrorCode.BAD_USER_INPUT, argument === undefined ? {} : { argument });
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(message, ApiErrorCode.NOT_FOUND);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message: string) {
    super(message, ApiErrorCode.UNAUTHENTICATED, {
      http: http(401, [['www-authenticate', 'Bearer realm="newsgraph"']]),
    });
  }
}

/** A limit of the query itself (depth, complexity, aliases): the request is refused before it runs. */
export class QueryLimitError extends ApiError {
  constructor(message: string, code: ApiErrorCode, limit: number, actual: number) {
    super(message, code, { limit, actual, http: http(400) });
  }
}
