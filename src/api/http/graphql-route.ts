/**
 * POST/GET /graphql through Apollo's Fastify integration. Fastify reads and limits the body (MAX_BODY_BYTES;
 * app.ts turns its refusals into PAYLOAD_TOO_LARGE and BAD_REQUEST); bodies that are not JSON reach
 * Apollo as text, so that its csrfPrevention refuses them with its own answer. Each request runs in
 * requestScope, which formatError and the limits plugin read the request id from.
 */
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiContext } from '../context';
import { MAX_BODY_BYTES } from '../limits/limits';
import { requestScope } from '../request-scope';

export const GRAPHQL_PATH = '/graphql';

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
      handler(request, reply) {
        return requestScope.run({ requestId: request.id }, () => handler.call(this, request, reply));
      },
    });
  });
}
