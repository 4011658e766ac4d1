/**
 * Requirement 1: a request costs a bounded number of Cypher round trips, whatever its page sizes. The
 * GraphDatabase's onQuery hook counts the statements sent for one request through the real server.
 */
import { GraphQLClient } from 'graphql-request';
import { startApiServer, type RunningApiServer } from '../../../src/api/server';
import { loadConfig } from '../../../src/config';
import type { GraphDatabase } from '../../../src/graph/database';
import { silentLogger } from '../../../src/logger';
import { openTestDatabase } from '../../helpers/database';
import { ingestSample } from '../../e2e/support/sample-graph';

jest.setTimeout(120_000);

let statements: string[] = [];
let db: GraphDatabase;
let server: RunningApiServer;

beforeAll(async () => {
  db = openTestDatabase({ onQuery: (statement) => statements.push(statement) });
  await ingestSample(db);
  server = await startApiServer({
    config: loadConfig({ ...process.env, NODE_ENV: 'test' }),
    database: db,
    logger: silentLogger(),
    apiKey: null,
    host: '127.0.0.1',
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function roundTrips(query: string): Promise<{ count: number; data: unknown }> {
  statements = [];
  const data = await new GraphQLClient(server.url).request(query);
  return { count: statements.length, data };
}

const NESTED = (entities: number, relations: number) => `{
  entities(first: ${entities}) { edges { node { relations(first: ${relations}) { edges { node { object { name } } } } } } }
}`;

test('entities(first: 20) → relations(first: 10) → object { name }: at most 4 round trips', async () => {
  const { count, data } = await roundTrips(NESTED(20, 10));
  const edges = (data as { entities: { edges: { node: { relations: { edges: unknown[] } } }[] } }).entities
    .edges;
  expect(edges.length).toBeGreaterThan(1);
  expect(edges.some((edge) => edge.node.relations.edges.length > 0)).toBe(true);
  // 1 page of entities + 1 entity hydration, 1 batch of relations for all of them, 1 batch of objects.
  expect(count).toBeLessThanOrEqual(4);
  process.stderr.write(`round trips for the nested query: ${count}\n`);
});

test('the count does not grow with the page sizes', async () => {
  const small = await roundTrips(NESTED(2, 1));
  const large = await roundTrips(NESTED(100, 30));
  expect(large.count).toBe(small.count);
});

test('every field level of a deep request is one batch', async () => {
  const { count } = await roundTrips(`{
    article(id: "belarus-embassy-closure") {
      entities(first: 30) { totalCount edges { node {
        articles { edges { node { id } } }
        relations(first: 20) { totalCount edges { node { subject { name } object { name } evidence { article { title } } } } }
      } } }
    }
  }`);
  // article by id, its entities page, entities by id, their articles, their relations, relation
  // endpoints by id (evidence articles are cached from the first batch): at most 7.
  expect(count).toBeLessThanOrEqual(7);
});
