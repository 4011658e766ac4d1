/**
 * GET /healthz: the process is up (for restarts). GET /readyz: Neo4j answers (for routing traffic);
 * 503 while it does not. Neither touches GraphQL.
 */
import type { ServerResponse } from 'node:http';
import type { GraphDatabase } from '../../graph/database';
import { sendJson } from './respond';

const READINESS_TIMEOUT_MS = 3_000;

export function sendHealth(response: ServerResponse): void {
  sendJson(response, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
}

export async function sendReadiness(response: ServerResponse, database: GraphDatabase): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)),
      READINESS_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([database.verify(), timeout]);
    sendJson(response, 200, { status: 'ready', neo4j: 'reachable' });
  } catch {
    sendJson(response, 503, { status: 'unavailable', neo4j: 'unreachable' });
  } finally {
    clearTimeout(timer);
  }
}
