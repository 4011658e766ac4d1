/**
 * How Neo4j's failures reach callers (GraphDatabase.translate, isUnavailable): a server that cannot be
 * reached and one whose database is not serving (starting, or stopping after SIGTERM) are both "Neo4j
 * unavailable", retried within NEWSGRAPH_DB_RETRY_MS and answered DATABASE_UNAVAILABLE (HTTP 503), never
 * an internal error. The codes are those the driver and Neo4j 5 send (the outage test meets them live).
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
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

describe('a statement the driver fails with an error of its own', () => {
  const failing = (error: unknown) => ({ run: () => Promise.reject(error) });

  test("is the connection breaking (neo4j-driver's TypeError when Neo4j dies under a transaction): DATABASE_UNAVAILABLE", async () => {
    const driverBug = new TypeError("Cannot read properties of undefined (reading 'onCompleted')");
    const thrown = await db.run(failing(driverBug) as never, 'RETURN 1').catch((error: unknown) => error);
    expect(isUnavailable(thrown)).toBe(true);
    expect((thrown as { cause?: unknown }).cause).toBe(driverBug);
    const translated = db.translate(thrown);
    expect(isAppError(translated) && translated.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  });

  test("Neo4j's own errors pass through unchanged", async () => {
    const syntax = new Neo4jError(
      'bad statement',
      'Neo.ClientError.Statement.SyntaxError',
      '42000',
      'syntax error',
    );
    const thrown = await db.run(failing(syntax) as never, 'RETURN').catch((error: unknown) => error);
    expect(thrown).toBe(syntax);
    expect(isAppError(db.translate(thrown))).toBe(false);
  });
});
