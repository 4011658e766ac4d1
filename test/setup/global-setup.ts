/**
 * Starts the test Neo4j, the test CoreNLP and the test Redis once for the integration and e2e projects (jest runs every
 * project's global setup before any test, and the second call finds the servers already running). With
 * NEO4J_URI, CORENLP_URL or NEWSGRAPH_REDIS_URL set, the tests use that server instead and it is not started.
 * When one fails to start, the others are stopped before the error goes on: jest runs no teardown then, and
 * a server left running would hold its port for the next run.
 */
import globalTeardown from './global-teardown';
import { startTestCoreNlp } from './test-corenlp';
import { startTestDatabase } from './test-database';
import { startTestRedis } from './test-redis';

export default async function globalSetup(): Promise<void> {
  const started = await Promise.allSettled([startTestDatabase(), startTestCoreNlp(), startTestRedis()]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed === undefined) return;
  await globalTeardown().catch(() => undefined);
  throw failed.reason;
}
