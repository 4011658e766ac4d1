/**
 * The API's HTTP layer on Fastify: GraphQL (graphql-route.ts), health, the pages handed in (page-routes.ts),
 * a request id and `nosniff` on every response, and the refusals of the framework (body too large, bad JSON,
 * a path that is not valid percent-encoding) in the same shapes and codes as before it.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import type { GraphDatabase } from '../../graph/database';
import type { Logger } from '../../logger';
import type { Pages, ServingContext } from '../../pages';
import { ApiErrorCode } from '../errors';
import { MAX_BODY_BYTES } from '../limits/limits';
import { requestIdFrom } from '../request-scope';
import { GRAPHQL_PATH, registerGraphQLRoute, type GraphQLRouteOptions } from './graphql-route';
import { registerHealthRoutes, type NlpReadiness } from './health';
import { registerPages } from './page-routes';
import { sendGraphQLError } from './respond';

export interface HttpAppOptions extends GraphQLRouteOptions {
  readonly database: GraphDatabase;
  readonly logger: Logger;
  readonly pages?: Pages;
  /** The CoreNLP servers /readyz reports on (the corenlp analyzer). */
  readonly nlp?: NlpReadiness;
  /** What pages may know of the server (its URL), once it listens. */
  readonly serving: () => ServingContext;
}

const ROUTE_METHODS = ['GET', 'POST'] as const;

export async function createHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { logger } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    genReqId: (request) => requestIdFrom(request.headers['x-request-id']),
    // A path that is not valid percent-encoding (/ide/%E0%A4%A) names nothing: 404, as any unknown path.
    frameworkErrors: (error, request, reply) => {
      reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
      if (error.code === 'FST_ERR_BAD_URL') return void notFound(reply, request.url.split('?')[0] ?? '/');
      return void sendGraphQLError(reply, 400, error.message, ApiErrorCode.BAD_REQUEST, request.id);
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refusal = refusalOf(error);
    if (refusal !== null) {
      return sendGraphQLError(reply, refusal.status, refusal.message, refusal.code, request.id);
    }
    logger.error({ requestId: request.id, err: error }, 'unhandled error in the HTTP layer');
    return sendGraphQLError(
      reply,
      500,
      `Internal server error (request id ${request.id})`,
      ApiErrorCode.INTERNAL_SERVER_ERROR,
      request.id,
    );
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = ROUTE_METHODS.filter((method) => app.hasRoute({ url: path, method }));
    if (allowed.length === 0) return notFound(reply, path);
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send({ error: `${request.method} is not allowed on ${path}.` });
  });
  await registerGraphQLRoute(app, options);
  registerHealthRoutes(app, options.database, options.nlp);
  app.get('/', (_request, reply) => reply.redirect(GRAPHQL_PATH, 302));
  if (options.pages !== undefined) await registerPages(app, options.pages, options.serving);
  return app;
}

function notFound(reply: FastifyReply, path: string): FastifyReply {
  return reply.code(404).send({ error: `Nothing at ${path}; the GraphQL API is at ${GRAPHQL_PATH}.` });
}

interface Refusal {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly message: string;
}

/** The framework's refusals of a request, as the API words them; null for anything else (a bug: 500). */
function refusalOf(error: FastifyError): Refusal | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: ApiErrorCode.PAYLOAD_TOO_LARGE,
        message: `The request body is larger than ${MAX_BODY_BYTES} bytes (1 MB), the limit.`,
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: ApiErrorCode.BAD_REQUEST,
        message: 'The request body is not valid JSON (or is empty) although its content-type says JSON.',
      };
    default:
      // Other refusals of the request itself (bad content-length, unsupported media type, aborted upload).
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return { status: error.statusCode, code: ApiErrorCode.BAD_REQUEST, message: error.message };
      }
      return null;
  }
}
