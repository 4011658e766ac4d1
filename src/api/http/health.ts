/**
 * GET /healthz: the process is up (for restarts). GET /readyz: Neo4j answers (for routing traffic);
 * 503 while it does not. Neither touches GraphQL. Fastify answers HEAD on both too.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphDatabase } from '../../graph/database';

const READINESS_TIMEOUT_MS = 3_000;

export function registerHealthRoutes(app: FastifyInstance, database: GraphDatabase): void {
  app.get('/healthz', async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));
  app.get('/readyz', async (_request, reply) => {
    const ready = await databaseAnswers(database);
    return ready
      ? { status: 'ready', neo4j: 'reachable' }
      : reply.code(503).send({ status: 'unavailable', neo4j: 'unreachable' });
  });
}

async function databaseAnswers(database: GraphDatabase): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)),
      READINESS_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([database.verify(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
