/**
 * The CoreNLP server the integration and e2e tests talk to. With CORENLP_URL set, that server. Otherwise a
 * local one of their own: the jars of the project's home (NEWSGRAPH_NLP_HOME), its own instance folder and
 * port (NEWSGRAPH_TEST_NLP_PORT, default 19000), the default annotators warm before the first test.
 * CORENLP_URL is then set for the tests (and the CLI processes they spawn).
 */
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { CoreNlpServer } from '../../src/services/corenlp';
import { startWithRun } from './reaper';

const STARTED_BY_US = 'NEWSGRAPH_TEST_CORENLP_STARTED';

export function testNlpPort(): number {
  return Number(process.env.NEWSGRAPH_TEST_NLP_PORT ?? 19000);
}

/** The local test server, as configured by the environment (also used by tests to inspect it). */
export function testCoreNlpServer(): CoreNlpServer {
  const { nlp } = loadConfig({ ...process.env, CORENLP_URL: undefined });
  const port = testNlpPort();
  return new CoreNlpServer({
    home: nlp.home,
    instanceDir: path.join(nlp.home, 'instances', `test-${port}`),
    port,
    heap: '3g',
    threads: 2,
    requestTimeoutMs: nlp.requestTimeoutMs,
    startTimeoutMs: Math.max(nlp.startTimeoutMs, 300_000),
    progress: (message) => process.stderr.write(`[test corenlp] ${message}\n`),
  });
}

export async function startTestCoreNlp(): Promise<void> {
  if (process.env.CORENLP_URL) return;
  const server = testCoreNlpServer();
  const { alreadyRunning } = await startWithRun(server, () => server.start());
  if (!alreadyRunning) process.env[STARTED_BY_US] = '1';
  process.env.CORENLP_URL = server.url;
}

export async function stopTestCoreNlp(): Promise<void> {
  if (process.env[STARTED_BY_US] !== '1') return;
  delete process.env[STARTED_BY_US];
  await testCoreNlpServer().stop();
}
