/**
 * Starts the test Neo4j once for the integration and e2e projects (jest runs every project's global setup
 * before any test, and the second call finds the server already running). With NEO4J_URI set, the tests
 * use that server instead and nothing is started.
 */
import { startTestDatabase } from './test-database';

export default async function globalSetup(): Promise<void> {
  await startTestDatabase();
}
