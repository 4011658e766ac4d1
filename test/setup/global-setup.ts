/**
 * Starts the test Neo4j, the test CoreNLP and the test Redis once for the integration and e2e projects (jest runs every
 * project's global setup before any test, and the second call finds the servers already running). With
 * NEO4J_URI, CORENLP_URL or NEWSGRAPH_REDIS_URL set, the tests use that server instead and it is not started.
 */
import { startTestCoreNlp } from './test-corenlp';
import { startTestDatabase } from './test-database';
import { startTestRedis } from './test-redis';

export default async function globalSetup(): Promise<void> {
  await Promise.all([startTestDatabase(), startTestCoreNlp(), startTestRedis()]);
}
