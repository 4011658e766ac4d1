/**
 * The API's HTTP layer on node:http, no framework: a table of routes (GraphQL, health; static files can
 * be added the same way), CORS only on the routes that ask for it, a request id on every response, and a
 * JSON 404 for anything else.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { GraphDatabase } from '../../graph/database';
import type { Logger } from '../../logger';
import { requestIdFrom, requestScope } from '../request-scope';
import { applyCors } from './cors';
import { serveGraphQL, type GraphQLRouteOptions } from './graphql-route';
import { sendHealth, sendReadiness } from './health';
import { sendGraphQLError, sendJson } from './respond';

export const GRAPHQL_PATH = '/graphql';

export interface Route {
  readonly path: string;
  /** Matches every path under `path` (which ends with "/"), for static files. */
  readonly prefix?: boolean;
  readonly methods: readonly string[];
  /**
   * Origins whose pages may read this route's responses (CORS). None by default: a page of another origin
   * can neither read the API's answers nor send it a request with an Authorization or JSON body.
   */
  readonly allowedOrigins?: readonly string[];
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<void> | void;
}

export interface HandlerOptions extends GraphQLRouteOptions {
  readonly database: GraphDatabase;
  readonly logger: Logger;
  /** Added before the built-in routes (a later issue serves static files). */
  readonly extraRoutes?: readonly Route[];
}

export function builtInRoutes(options: HandlerOptions): Route[] {
  return [
    {
      path: GRAPHQL_PATH,
      methods: ['GET', 'POST'],
      handle: (request, response, url, requestId) => serveGraphQL(options, request, response, url, requestId),
    },
    { path: '/healthz', methods: ['GET', 'HEAD'], handle: (_request, response) => sendHealth(response) },
    {
      path: '/readyz',
      methods: ['GET', 'HEAD'],
      handle: (_request, response) => sendReadiness(response, options.database),
    },
    {
      path: '/',
      methods: ['GET', 'HEAD'],
      handle: (_request, response) => {
        response.statusCode = 302;
        response.setHeader('location', GRAPHQL_PATH);
        response.end();
      },
    },
  ];
}

export function createRequestHandler(options: HandlerOptions): RequestListener {
  const routes = [...(options.extraRoutes ?? []), ...builtInRoutes(options)];
  return (request, response) => {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    response.setHeader('x-request-id', requestId);
    response.setHeader('x-content-type-options', 'nosniff');
    requestScope.run({ requestId }, () => {
      route(routes, request, response, requestId).catch((error: unknown) => {
        options.logger.error({ requestId, err: error }, 'unhandled error in the HTTP layer');
        if (response.headersSent) response.destroy();
        else
          sendGraphQLError(
            response,
            500,
            `Internal server error (request id ${requestId})`,
            'INTERNAL_SERVER_ERROR',
            requestId,
          );
      });
    });
  };
}

async function route(
  routes: readonly Route[],
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const matched = routes.find(
    (candidate) =>
      candidate.path === url.pathname ||
      (candidate.prefix === true && url.pathname.startsWith(candidate.path)),
  );
  if (matched === undefined) {
    sendJson(response, 404, { error: `Nothing at ${url.pathname}; the GraphQL API is at ${GRAPHQL_PATH}.` });
    return;
  }
  applyCors(matched, request, response);
  if (method === 'OPTIONS') {
    // A preflight: answered with CORS headers only where applyCors granted them; elsewhere the browser
    // finds none and does not send the request.
    response.setHeader('allow', [...matched.methods, 'OPTIONS'].join(', '));
    response.statusCode = 204;
    response.end();
    return;
  }
  if (!matched.methods.includes(method)) {
    response.setHeader('allow', [...matched.methods, 'OPTIONS'].join(', '));
    sendJson(response, 405, { error: `${method} is not allowed on ${url.pathname}.` });
    return;
  }
  await matched.handle(request, response, url, requestId);
}
