/**
 * GET /healthz: the process is up (for restarts). GET /readyz: Neo4j answers (for routing traffic);
 * 503 while it does not. With the corenlp analyzer it also says whether a CoreNLP server answers its
 * `/ready`: reads need only Neo4j, so CoreNLP being away keeps the status "ready" but says that
 * ingestArticle would fail (`ingest: "unavailable"`). Neither touches GraphQL. Fastify answers HEAD too.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphDatabase } from '../../graph/database';

const READINESS_TIMEOUT_MS = 3_000;

/** The CoreNLP servers ingest reads with (the corenlp analyzer); absent with the fast analyzer. */
export interface NlpReadiness {
  readonly coreNlpUrls: readonly string[];
}

export function registerHealthRoutes(
  app: FastifyInstance,
  database: GraphDatabase,
  nlp: NlpReadiness | undefined,
): void {
  app.get('/healthz', async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));
  app.get('/readyz', async (_request, reply) => {
    const [ready, corenlp] = await Promise.all([
      databaseAnswers(database),
      nlp === undefined || nlp.coreNlpUrls.length === 0 ? undefined : coreNlpAnswers(nlp.coreNlpUrls),
    ]);
    const engine =
      corenlp === undefined
        ? {}
        : { corenlp: corenlp ? 'reachable' : 'unreachable', ingest: corenlp ? 'available' : 'unavailable' };
    return ready
      ? { status: 'ready', neo4j: 'reachable', ...engine }
      : reply.code(503).send({ status: 'unavailable', neo4j: 'unreachable', ...engine });
  });
}

/** Whether any of the servers answers GET /ready (CoreNLP's own readiness endpoint) in time. */
async function coreNlpAnswers(urls: readonly string[]): Promise<boolean> {
  const answers = await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(`${url.replace(/\/$/, '')}/ready`, {
          signal: AbortSignal.timeout(READINESS_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        return response.ok;
      } catch {
        return false;
      }
    }),
  );
  return answers.some(Boolean);
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
