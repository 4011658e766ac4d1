import type { ServerResponse } from 'node:http';

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(body));
  response.end(body);
}

/** An error in the shape of a GraphQL response, for failures before GraphQL runs (body too large, bad JSON). */
export function sendGraphQLError(
  response: ServerResponse,
  status: number,
  message: string,
  code: string,
  requestId: string,
): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, requestId } }] });
}
