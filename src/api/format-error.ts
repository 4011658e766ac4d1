/**
 * What a client sees of an error. Errors with a code the API gives on purpose keep their message and code;
 * the database's own failures get a message that names neither the host nor the Cypher; anything else is
 * masked as INTERNAL_SERVER_ERROR with the request id, and logged in full under that id.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, isAppError } from '../errors';
import type { Logger } from '../logger';
import type { ApiContext } from './context';
import { ApiErrorCode, QueryLimitError } from './errors';

const PUBLIC_CODES: ReadonlySet<string> = new Set(
  Object.values(ApiErrorCode).filter((code) => code !== ApiErrorCode.INTERNAL_SERVER_ERROR),
);

/**
 * The request each error met while serving a request belongs to: requestIdPlugin notes them as Apollo reports
 * them (didEncounterErrors), before it formats them; the subscription server notes its own.
 */
const errorRequestIds = new WeakMap<object, string>();

export function noteRequestId(errors: readonly unknown[], requestId: string): void {
  for (const error of errors)
    if (typeof error === 'object' && error !== null) errorRequestIds.set(error, requestId);
}

/** The request id of errors Apollo reports with the request's context, for formatError. */
export function requestIdPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          noteRequestId(errors, contextValue.requestId);
        },
      };
    },
  };
}

/**
 * What formatError says when it cannot know the request (Apollo's refusals of a request before its
 * pipeline runs); the HTTP route puts the id of the request in its place (graphql-route.ts).
 */
export const UNKNOWN_REQUEST_ID = 'none';

export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId =
      (typeof error === 'object' && error !== null ? errorRequestIds.get(error) : undefined) ??
      UNKNOWN_REQUEST_ID;
    const original = unwrapResolverError(error);
    if (isAppError(original)) {
      const fromApp = appErrorMessage(original.code, original.message);
      if (fromApp !== null) {
        const level = OUTAGES.has(original.code) ? 'warn' : 'info';
        logger[level]({ requestId, code: original.code, err: original }, 'request failed');
        return {
          ...location(formatted),
          message: fromApp.message,
          extensions: { code: fromApp.code, requestId },
        };
      }
    }
    // A size limit refused during validation: Apollo gave it GRAPHQL_VALIDATION_FAILED; keep its own code.
    if (error instanceof GraphQLError && error.originalError instanceof QueryLimitError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return {
        ...formatted,
        extensions: { ...extensions, code: error.originalError.extensions.code, requestId },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, requestId } };
    }
    logger.error({ requestId, err: original }, 'internal error while serving a GraphQL request');
    return {
      ...location(formatted),
      message: `Internal server error (request id ${requestId})`,
      extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}

/** Failures of a service the API depends on: logged as warnings. */
const OUTAGES: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.NLP_UNAVAILABLE,
  ErrorCode.NLP_FAILED,
  ErrorCode.QUEUE_UNAVAILABLE,
]);

/** AppErrors from below the API (driver, writer) that clients should see, with what to tell them. */
function appErrorMessage(code: ErrorCode, message: string): { code: ApiErrorCode; message: string } | null {
  switch (code) {
    case ErrorCode.DATABASE_UNAVAILABLE:
      return {
        code: ApiErrorCode.DATABASE_UNAVAILABLE,
        message:
          'The graph database is not reachable right now; try again shortly (GET /readyz tells when it is back).',
      };
    case ErrorCode.QUERY_TIMEOUT:
      return {
        code: ApiErrorCode.QUERY_TIMEOUT,
        message:
          'The database query took too long and was stopped; ask for smaller pages or fewer nested fields.',
      };
    case ErrorCode.BAD_USER_INPUT:
      return { code: ApiErrorCode.BAD_USER_INPUT, message };
    case ErrorCode.NOT_FOUND:
      return { code: ApiErrorCode.NOT_FOUND, message };
    case ErrorCode.UNAUTHENTICATED:
      return { code: ApiErrorCode.UNAUTHENTICATED, message };
    case ErrorCode.CONFIG_INVALID:
    case ErrorCode.DEPENDENCY_MISSING:
    case ErrorCode.NLP_UNAVAILABLE:
      return {
        code: ApiErrorCode.NLP_UNAVAILABLE,
        message:
          'The NLP server (CoreNLP) is not reachable or out of memory right now; nothing was stored. Try again shortly.',
      };
    case ErrorCode.NLP_FAILED:
      return {
        code: ApiErrorCode.NLP_FAILED,
        message:
          'The NLP server (CoreNLP) could not read this article (it timed out or failed); nothing was stored.',
      };
    case ErrorCode.QUEUE_UNAVAILABLE:
      return {
        code: ApiErrorCode.QUEUE_UNAVAILABLE,
        message:
          'The ingest queue (Redis) is not reachable right now; nothing was enqueued. Try again shortly.',
      };
    case ErrorCode.NEO4J_START_FAILED:
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return null;
  }
}

function location(formatted: GraphQLFormattedError): Pick<GraphQLFormattedError, 'locations' | 'path'> {
  return {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
}

/**
 * A response that says DATABASE_UNAVAILABLE is HTTP 503 with Retry-After (GraphQL errors are otherwise
 * 200): load balancers, clients and their retry logic know what that means without reading the body.
 */
export function databaseOutagePlugin(retryAfterSeconds: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const outage = response.body.singleResult.errors?.some(
            (error) => error.extensions?.code === ApiErrorCode.DATABASE_UNAVAILABLE,
          );
          if (outage !== true) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds))));
        },
      };
    },
  };
}
