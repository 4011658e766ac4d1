/**
 * POST/GET /graphql through Apollo's Fastify integration. Fastify reads and limits the body (MAX_BODY_BYTES;
 * app.ts turns its refusals into PAYLOAD_TOO_LARGE and BAD_REQUEST); bodies that are not JSON reach
 * Apollo as text, so that its csrfPrevention refuses them with its own answer. Errors of the request's
 * pipeline carry its id through requestIdPlugin; Apollo's refusals before the pipeline (a GET with no
 * query, a preflight-less form post...) are formatted without it, and get it here.
 */
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiContext } from '../context';
import { MAX_BODY_BYTES } from '../limits/limits';
import { UNKNOWN_REQUEST_ID } from '../format-error';

export const GRAPHQL_PATH = '/graphql';

const UNKNOWN_ID_FIELD = `"requestId":${JSON.stringify(UNKNOWN_REQUEST_ID)}`;
const UNKNOWN_ID_TEXT = `(request id ${UNKNOWN_REQUEST_ID})`;

export interface GraphQLRouteOptions {
  readonly apollo: ApolloServer<ApiContext>;
  readonly context: (request: {
    requestId: string;
    authorization: string | undefined;
  }) => Promise<ApiContext>;
}

export async function registerGraphQLRoute(
  app: FastifyInstance,
  options: GraphQLRouteOptions,
): Promise<void> {
  const handler = fastifyApolloHandler(options.apollo, {
    context: (request: FastifyRequest) =>
      options.context({ requestId: request.id, authorization: request.headers.authorization }),
  });
  await app.register(async (scope) => {
    // JSON with a suffix (application/graphql-response+json …) is JSON; anything else is Apollo's to judge.
    scope.addContentTypeParser(
      /^application\/[\w.+-]+\+json$/i,
      { parseAs: 'string' },
      scope.getDefaultJsonParser('error', 'error'),
    );
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.route<{ Reply: string }>({
      method: ['GET', 'POST'],
      url: GRAPHQL_PATH,
      bodyLimit: MAX_BODY_BYTES,
      handler,
      onSend: async (request, reply, payload) => {
        if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
        return payload
          .replaceAll(UNKNOWN_ID_FIELD, `"requestId":${JSON.stringify(request.id)}`)
          .replaceAll(UNKNOWN_ID_TEXT, `(request id ${request.id})`);
      },
    });
  });
}
