/**
 * How Neo4j's failures reach callers (GraphDatabase.translate, isUnavailable): a server that cannot be
 * reached and one whose database is not serving (starting, or stopping after SIGTERM) are both "Neo4j
 * unavailable", retried within NEWSGRAPH_DB_RETRY_MS and answered DATABASE_UNAVAILABLE (HTTP 503), never
 * an internal error. The codes are those the driver and Neo4j 5 send (the outage test meets them live).
 */
import neo4j from 'neo4j-driver';
import { ErrorCode, isAppError } from '../../../src/errors';
import { GraphDatabase, isUnavailable } from '../../../src/graph/database';

const db = new GraphDatabase(
  neo4j.driver('bolt://127.0.0.1:1'),
  { uri: 'bolt://127.0.0.1:1', user: 'neo4j', database: 'neo4j' },
  { queryTimeoutMs: 1_000 },
);

afterAll(() => db.driver.close());

const neo4jError = (code: string) => Object.assign(new Error(`failure ${code}`), { code });

test.each([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
])('%s is Neo4j unavailable: retried, and DATABASE_UNAVAILABLE', (code) => {
  const error = neo4jError(code);
  expect(isUnavailable(error)).toBe(true);
  const translated = db.translate(error);
  expect(isAppError(translated) && translated.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
});

test.each(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.ClientError.Statement.SyntaxError'])(
  '%s is not an outage',
  (code) => {
    const error = neo4jError(code);
    expect(isUnavailable(error)).toBe(false);
    expect(isAppError(db.translate(error))).toBe(false);
  },
);

test('a transaction timeout is QUERY_TIMEOUT', () => {
  const translated = db.translate(
    neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
  );
  expect(isAppError(translated) && translated.code).toBe(ErrorCode.QUERY_TIMEOUT);
});
