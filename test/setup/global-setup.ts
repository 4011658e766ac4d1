/**
 * Starts the test Neo4j and the test CoreNLP once for the integration and e2e projects (jest runs every
 * project's global setup before any test, and the second call finds the servers already running). With
 * NEO4J_URI or CORENLP_URL set, the tests use that server instead and it is not started.
 */
import { startTestCoreNlp } from './test-corenlp';
import { startTestDatabase } from './test-database';

export default async function globalSetup(): Promise<void> {
  await Promise.all([startTestDatabase(), startTestCoreNlp()]);
}
