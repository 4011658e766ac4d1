/**
 * What every API e2e suite does around its tests: a database connection, the sample article ingested
 * (idempotent: a second suite finds it unchanged), and a server on an ephemeral port. Suites never clear
 * the database, so they can run side by side.
 */
import type { GraphDatabase } from '../../../src/graph/database';
import { openTestDatabase } from '../../helpers/database';
import { startTestApi, type TestApi } from './api';
import { ingestSample } from './sample-graph';

const TEARDOWN_TIMEOUT_MS = 30_000;

export interface ApiSuite {
  db: GraphDatabase;
  api: TestApi;
}

export function useApiSuite(options: Parameters<typeof startTestApi>[1] = {}): ApiSuite {
  const suite = {} as ApiSuite;
  beforeAll(async () => {
    suite.db = openTestDatabase();
    await ingestSample(suite.db);
    suite.api = await startTestApi(suite.db, options);
  }, 180_000);
  // Closing the API is prompt (idle connections are dropped at once, src/api/http/drain.ts), but a request
  // still in flight may take the server's 5 s grace period: jest's default 5 s for a hook is too tight.
  afterAll(async () => {
    await suite.api?.close();
    await suite.db?.close();
  }, TEARDOWN_TIMEOUT_MS);
  return suite;
}
