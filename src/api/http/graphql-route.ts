/** POST/GET /graphql: the HTTP request becomes Apollo's HTTPGraphQLRequest, and its response ours. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { ApiContext } from '../context';
import { ApiErrorCode } from '../errors';
import { MAX_BODY_BYTES } from '../limits/limits';
import { readBody } from './body';
import { sendGraphQLError } from './respond';

export interface GraphQLRouteOptions {
  readonly apollo: ApolloServer<ApiContext>;
  readonly context: (request: {
    requestId: string;
    authorization: string | undefined;
  }) => Promise<ApiContext>;
}

export async function serveGraphQL(
  options: GraphQLRouteOptions,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
): Promise<void> {
  let body: unknown = undefined;
  if (request.method === 'POST') {
    const read = await readBody(request, MAX_BODY_BYTES);
    if (read.kind === 'too-large') {
      response.setHeader('connection', 'close');
      sendGraphQLError(
        response,
        413,
        `The request body is larger than ${MAX_BODY_BYTES} bytes (1 MB), the limit.`,
        ApiErrorCode.PAYLOAD_TOO_LARGE,
        requestId,
      );
      return;
    }
    const text = read.body.toString('utf8');
    if (isJson(request.headers['content-type'])) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        sendGraphQLError(
          response,
          400,
          `The request body is not valid JSON: ${(error as Error).message}`,
          ApiErrorCode.BAD_REQUEST,
          requestId,
        );
        return;
      }
    } else {
      body = text;
    }
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: () => options.context({ requestId, authorization: request.headers.authorization }),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/(.+\+)?json\b/i.test(contentType.trim());
}
