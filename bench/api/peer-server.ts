/**
 * The peer of `npm run bench:api`, run in a process of its own (like `newsgraph serve`): @neo4j/graphql 7
 * with the type definitions of bench/neo4j-graphql/type-defs.graphql on Apollo Server 5's standalone
 * HTTP server, on the benchmark's Neo4j. Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
 * BENCH_PEER_PORT; prints "peer GraphQL: <url>" once it listens; SIGTERM stops it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../project';

async function main(): Promise<void> {
  const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, BENCH_PEER_PORT: port } = process.env;
  if (uri === undefined || user === undefined || password === undefined || port === undefined) {
    throw new Error('peer-server needs NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and BENCH_PEER_PORT');
  }
  const typeDefs = readFileSync(
    path.join(PROJECT_ROOT, 'bench', 'neo4j-graphql', 'type-defs.graphql'),
    'utf8',
  );
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(port) },
  });
  process.stdout.write(`peer GraphQL: ${url}\n`);
  const stop = () => {
    void server
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`peer-server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
