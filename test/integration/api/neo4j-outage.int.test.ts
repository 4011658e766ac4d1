/**
 * A Neo4j outage is reported at once and the API recovers by itself (issue 13, item 4). The Neo4j this
 * test stops is its own embedded server (ports 17717/17417, its own instance folder), never the shared
 * test server.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { EmbeddedNeo4j } from '../../../src/devdb';
import { GraphDatabase } from '../../../src/graph/database';
import { applySchema } from '../../../src/graph/schema';
import { startTestApi, type TestApi } from '../../e2e/support/api';

jest.setTimeout(300_000);

const BOLT_PORT = Number(process.env.NEWSGRAPH_TEST_OUTAGE_BOLT_PORT ?? 17717);
const HTTP_PORT = Number(process.env.NEWSGRAPH_TEST_OUTAGE_HTTP_PORT ?? 17417);
const config = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
/** NEWSGRAPH_DB_RETRY_MS's default. */
const RETRY_MS = config.neo4j.retryMs;
/** The retry budget, the last attempt and a request's own work. */
const BOUND_MS = RETRY_MS + 2_000;

// Only where this test can start an embedded Neo4j of its own (not against an external NEO4J_URI).
const describeEmbedded = process.env.NEWSGRAPH_TEST_BROWSER_URL !== undefined ? describe : describe.skip;

describeEmbedded('a Neo4j outage', () => {
  let server: EmbeddedNeo4j;
  let database: GraphDatabase;
  let api: TestApi;

  beforeAll(async () => {
    server = new EmbeddedNeo4j({
      ...config.embedded,
      boltPort: BOLT_PORT,
      httpPort: HTTP_PORT,
      heap: '384m',
      pageCache: '64m',
      instanceDir: path.join(config.embedded.home, 'instances', `outage-${BOLT_PORT}`),
      password: null,
      progress: (message) => process.stderr.write(`[outage neo4j] ${message}\n`),
    });
    if (server.runningPid() === null) {
      rmSync(path.join(server.status().instanceDir, 'data'), { recursive: true, force: true });
      await server.start();
    }
    database = GraphDatabase.connect(
      { uri: server.boltUri, user: server.user, password: server.password, database: 'neo4j' },
      { queryTimeoutMs: config.neo4j.queryTimeoutMs, maxRetryTimeMs: RETRY_MS },
    );
    await applySchema(database);
    api = await startTestApi(database);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await database?.close();
    await server?.stop();
  });

  async function ask(): Promise<{ status: number; retryAfter: string | null; code?: string; ms: number }> {
    const started = performance.now();
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      ...(body.errors?.[0]?.extensions?.code === undefined ? {} : { code: body.errors[0].extensions.code }),
      ms: performance.now() - started,
    };
  }

  it('answers while Neo4j is up', async () => {
    expect(await ask()).toMatchObject({ status: 200, retryAfter: null });
  });

  it('answers every request 503 with Retry-After within NEWSGRAPH_DB_RETRY_MS while it is down, then recovers', async () => {
    await server.stop();
    const answers = await Promise.all(Array.from({ length: 12 }, () => ask()));
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(answer.ms).toBeLessThan(BOUND_MS);
    }
    process.stderr.write(
      `[outage] 503 after ${Math.round(Math.min(...answers.map((a) => a.ms)))}–` +
        `${Math.round(Math.max(...answers.map((a) => a.ms)))} ms (NEWSGRAPH_DB_RETRY_MS ${RETRY_MS})\n`,
    );
    const readiness = await fetch(`${api.baseUrl}/readyz`);
    expect(readiness.status).toBe(503);

    await server.start();
    const restarted = performance.now();
    let answer = await ask();
    while (answer.status !== 200 && performance.now() - restarted < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await ask();
    }
    expect(answer).toMatchObject({ status: 200, retryAfter: null });
    process.stderr.write(
      `[outage] answering again ${Math.round(performance.now() - restarted)} ms after the restart\n`,
    );
  });
});
