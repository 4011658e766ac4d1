/**
 * The Neo4j the integration and e2e tests talk to. With NEO4J_URI set, that server (NEO4J_USER,
 * NEO4J_PASSWORD). Otherwise an embedded Neo4j of its own: the jars of the project's home, but its own
 * instance folder, ports (NEWSGRAPH_TEST_BOLT_PORT, NEWSGRAPH_TEST_HTTP_PORT; defaults 17687, 17474) and a
 * fresh data folder each run, so it never touches the data of `npm start`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { EmbeddedNeo4j } from '../../src/devdb';
import { browserPostConnectCommands } from '../../src/explore/browser-setup';
import { startWithRun } from './reaper';

const STARTED_BY_US = 'NEWSGRAPH_TEST_NEO4J_STARTED';

/** The embedded test server, as configured by the environment (also used by tests to inspect it). */
export function testServer(): EmbeddedNeo4j {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  const boltPort = Number(process.env.NEWSGRAPH_TEST_BOLT_PORT ?? 17687);
  const httpPort = Number(process.env.NEWSGRAPH_TEST_HTTP_PORT ?? 17474);
  const apiPort = testApiPort();
  return new EmbeddedNeo4j({
    ...config.embedded,
    boltPort,
    httpPort,
    heap: '768m',
    pageCache: '128m',
    // Tests start it beside a loading CoreNLP (and CI machines may be busy): a slow start is no failure.
    startTimeoutMs: Math.max(config.embedded.startTimeoutMs, 300_000),
    instanceDir: path.join(config.embedded.home, 'instances', `test-${boltPort}`),
    password: null,
    // As for `npm start`: Browser applies our style and opens our guide, from the API the browser tests run.
    browserPostConnect: browserPostConnectCommands(loadConfig({ NEWSGRAPH_PORT: String(apiPort) })),
    progress: (message) => process.stderr.write(`[test neo4j] ${message}\n`),
  });
}

/** The port the browser tests serve the API on: Neo4j Browser's post-connect commands point at it. */
export function testApiPort(): number {
  return Number(process.env.NEWSGRAPH_TEST_API_PORT ?? 14000);
}

export async function startTestDatabase(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const server = testServer();
  if (server.runningPid() === null) {
    // A fresh database every run: tests must not depend on what an earlier run left behind.
    rmSync(path.join(server.status().instanceDir, 'data'), { recursive: true, force: true });
    await startWithRun(server, () => server.start());
    process.env[STARTED_BY_US] = '1';
  }
  process.env.NEO4J_URI = server.boltUri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
  process.env.NEWSGRAPH_TEST_BROWSER_URL = server.browserUrl;
}

export async function stopTestDatabase(): Promise<void> {
  if (process.env[STARTED_BY_US] !== '1') return;
  delete process.env[STARTED_BY_US];
  await testServer().stop();
}
