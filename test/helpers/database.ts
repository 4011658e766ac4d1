/**
 * For integration and e2e tests: a GraphDatabase on the server test/setup started (or NEO4J_URI), and a
 * way to empty it between suites.
 */
import { GraphDatabase, type GraphDatabaseOptions } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';

export function testConnection() {
  const uri = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD;
  if (!uri || !password)
    throw new Error('NEO4J_URI/NEO4J_PASSWORD are not set: run through jest (global setup)');
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}

export function openTestDatabase(options: Partial<GraphDatabaseOptions> = {}): GraphDatabase {
  return GraphDatabase.connect(testConnection(), { queryTimeoutMs: 30_000, ...options });
}

/** A suite's own start: the test database emptied, with the graph schema applied. */
export async function openEmptyTestDatabase(): Promise<GraphDatabase> {
  const database = openTestDatabase();
  await clearDatabase(database);
  await applySchema(database);
  return database;
}

/**
 * Deletes every node and relationship, in batches so a large graph does not exhaust the heap.
 * CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
 */
export async function clearDatabase(database: GraphDatabase): Promise<void> {
  const session = database.driver.session({ database: database.connection.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Ends a suite that clears the shared test database: empties it again and closes the connection, so
 * the suites that never clear it (the e2e ones, which ingest the sample and look entities up by name)
 * find nothing this suite wrote, whatever order jest runs the suites in.
 */
export async function clearAndClose(database: GraphDatabase): Promise<void> {
  try {
    await clearDatabase(database);
  } finally {
    await database.close();
  }
}
