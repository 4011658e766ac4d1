/** Answers the HTTP layer gives itself, before or beside GraphQL, in the shapes clients expect. */
import type { FastifyReply } from 'fastify';

/** An error in the shape of a GraphQL response, for failures before GraphQL runs (body too large, bad JSON). */
export function sendGraphQLError(
  reply: FastifyReply,
  status: number,
  message: string,
  code: string,
  requestId: string,
): FastifyReply {
  return reply.code(status).send({ errors: [{ message, extensions: { code, requestId } }] });
}
