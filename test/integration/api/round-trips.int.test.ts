/**
 * A request is one read transaction (issue 14), and costs a bounded number of Cypher statements, whatever
 * its page sizes; an operation known to send one statement sends it as an auto-commit transaction. The GraphDatabase's onTransaction and onQuery hooks count the transactions begun and the
 * statements sent for one request through the real server.
 */
import { GraphQLClient } from 'graphql-request';
import { startApiServer, type RunningApiServer } from '../../../src/api/server';
import { loadConfig } from '../../../src/config';
import type { GraphDatabase, TransactionKind, TransactionMetadata } from '../../../src/graph/database';
import { silentLogger } from '../../../src/logger';
import { openTestDatabase } from '../../helpers/database';
import { ingestSample } from '../../e2e/support/sample-graph';
import { ENTITY_ORDER_KEYS } from '../../../src/graph/read/entity-page';
import { cypher } from '../../../src/graph/cypher';
import { FACT_TYPES_TAG } from '../../../src/graph/read/fact-types';

jest.setTimeout(120_000);

let statements: string[] = [];
let transactions: TransactionMetadata[] = [];
let kinds: TransactionKind[] = [];
let db: GraphDatabase;
let server: RunningApiServer;

beforeAll(async () => {
  // The server's own bookkeeping (the predicates in use, read now and then outside any request: FactTypes)
  // is not a request's statement.
  db = openTestDatabase({
    onQuery: (statement) => {
      if (statement !== cypher('read/fact-types')) statements.push(statement);
    },
    onTransaction: (metadata, kind) => {
      if (metadata.tag === FACT_TYPES_TAG) return;
      transactions.push(metadata);
      kinds.push(kind);
    },
  });
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

async function roundTrips(
  query: string,
  headers: Record<string, string> = {},
  variables: Record<string, unknown> = {},
): Promise<{
  count: number;
  statements: string[];
  transactions: TransactionMetadata[];
  kinds: TransactionKind[];
  data: unknown;
}> {
  statements = [];
  transactions = [];
  kinds = [];
  const data = await new GraphQLClient(server.url, { headers }).request(query, variables);
  return { count: statements.length, statements, transactions, kinds, data };
}

const NESTED = (entities: number, relations: number) => `{
  entities(first: ${entities}) { edges { node { relations(first: ${relations}) { edges { node { object { name } } } } } } }
}`;

test('entities(first: 20) → relations(first: 10) → object { name }: one transaction, one statement', async () => {
  const { count, transactions, data } = await roundTrips(NESTED(20, 10));
  expect(transactions).toHaveLength(1);
  const edges = (data as { entities: { edges: { node: { relations: { edges: unknown[] } } }[] } }).entities
    .edges;
  expect(edges.length).toBeGreaterThan(1);
  expect(edges.some((edge) => edge.node.relations.edges.length > 0)).toBe(true);
  // The page, the entities, their relations and the relations' objects in one statement, compiled from
  // the selection (entities-page-with-relations.cypher).
  expect(count).toBe(1);
  process.stderr.write(`round trips for the nested query: ${count}\n`);
});

test('the count does not grow with the page sizes', async () => {
  const small = await roundTrips(NESTED(2, 1));
  const large = await roundTrips(NESTED(100, 30));
  expect(large.count).toBe(small.count);
  expect([small.transactions.length, large.transactions.length]).toEqual([1, 1]);
});

test('the transaction is tagged with the operation name and the request id', async () => {
  const { transactions } = await roundTrips('query WhoIsThere { entities(first: 1) { totalCount } }', {
    'x-request-id': 'round-trips-1',
  });
  expect(transactions).toEqual([
    { app: 'newsgraph', tag: 'api', operation: 'WhoIsThere', requestId: 'round-trips-1' },
  ]);
});

test('an operation that sent one statement sends it again as an auto-commit transaction, tagged alike', async () => {
  const query =
    'query OnePage { entities(first: 3) { edges { node { name relations(first: 2) { totalCount } } } } }';
  const first = await roundTrips(query, { 'x-request-id': 'round-trips-first' });
  const second = await roundTrips(query, { 'x-request-id': 'round-trips-second' });
  expect([first.count, first.kinds]).toEqual([1, ['explicit']]);
  expect([second.count, second.kinds]).toEqual([1, ['auto-commit']]);
  expect(second.transactions).toEqual([
    { app: 'newsgraph', tag: 'api', operation: 'OnePage', requestId: 'round-trips-second' },
  ]);
  expect(second.data).toEqual(first.data);
});

test('an operation whose variables ask for a second statement runs both, then stays explicit', async () => {
  const [busiest] = await db.read<{ id: string }>(
    'MATCH (e:Entity)-[r]-(:Entity) WHERE r.articleId IS NOT NULL RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 1',
  );
  const query = `query Evidence($id: ID!, $withText: Boolean!) { entity(id: $id) {
    relations(first: 5) { edges { node { evidence(first: 1) { article { id text(maxLength: 40) @include(if: $withText) } } } } }
  } }`;
  const ask = (withText: boolean) => roundTrips(query, {}, { id: busiest?.id, withText });
  const titles = await ask(false);
  const again = await ask(false);
  expect([titles.count, titles.kinds, again.count, again.kinds]).toEqual([
    1,
    ['explicit'],
    1,
    ['auto-commit'],
  ]);
  // Expected to send one statement, it needs two (the articles' texts): the second runs in a transaction
  // of its own, and the answer is whole.
  const texts = await ask(true);
  expect([texts.count, texts.kinds]).toEqual([2, ['auto-commit', 'explicit']]);
  type Shape = {
    entity: { relations: { edges: { node: { evidence: { article: { text?: string } }[] } }[] } };
  };
  const articles = (texts.data as Shape).entity.relations.edges.flatMap((edge) =>
    edge.node.evidence.map((evidence) => evidence.article),
  );
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) expect(article.text?.length).toBeGreaterThan(0);
  // From then on the operation is not expected to send one statement: one explicit transaction again.
  const after = await ask(false);
  expect([after.count, after.kinds]).toEqual([1, ['explicit']]);
  const withText = await ask(true);
  expect([withText.count, withText.kinds]).toEqual([2, ['explicit']]);
});

test('a request that reads nothing opens no transaction', async () => {
  const { transactions, count } = await roundTrips('{ __typename }');
  expect([transactions.length, count]).toEqual([0, 0]);
});

test('a compiled page of entities answers what the DataLoaders answer', async () => {
  const relations = `rel: relations(direction: OUTGOING, first: 10) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id predicate confidence evidence { text } object { name mentionCount } } }
  }`;
  const query = (before: string) => `{
    entities(where: { type: COUNTRY }, first: 20) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name mentionCount ${before} ${relations} } } }
  }`;
  const compiled = await roundTrips(query(''));
  // Only the first relations field is compiled: behind a first one, rel comes from the DataLoaders.
  const loaded = await roundTrips(query('skip: relations(first: 0) { totalCount }'));
  expect(compiled.count).toBe(2); // the page with its relations, and the entities' totalCount
  expect(loaded.count).toBeGreaterThan(compiled.count);
  type Page = { entities: { edges: { node: { skip?: unknown } }[] } };
  for (const edge of (loaded.data as Page).entities.edges) delete edge.node.skip;
  expect(compiled.data).toEqual(loaded.data);
  const edges = (compiled.data as { entities: { edges: { node: { rel: { edges: unknown[] } } }[] } }).entities
    .edges;
  expect(edges.some((edge) => edge.node.rel.edges.length > 0)).toBe(true);
});

test.each(ENTITY_ORDER_KEYS)(
  "a compiled page in the order %s, with the analysts' filters, answers what the DataLoaders answer, page after page",
  async (order) => {
    const [article] = await db.read<{ id: string }>(
      'MATCH (a:Article) RETURN a.id AS id ORDER BY id LIMIT 1',
    );
    const wheres = [
      '{ types: [PERSON, COUNTRY, ORGANIZATION, CITY], minMentions: 1 }',
      `{ articleId: "${article?.id ?? 'none'}", maxMentions: 50 }`,
      '{ namePrefix: "b" }',
    ];
    let pages = 0;
    for (const where of wheres) {
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const query = (before: string) => `{
          entities(where: ${where}, orderBy: ${order}, first: 2${after === null ? '' : `, after: "${after}"`}) {
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id name firstSeen lastSeen mentionCount ${before}
              rel: relations(first: 5) { totalCount edges { node { id predicate object { name } } } } } }
          }
        }`;
        const compiled = await roundTrips(query(''));
        const loaded = await roundTrips(query('skip: relations(first: 0) { totalCount }'));
        expect(compiled.count).toBe(1);
        expect(loaded.count).toBeGreaterThan(1);
        type Page = {
          entities: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { cursor: string; node: { skip?: unknown; rel?: unknown } }[];
          };
        };
        for (const edge of (loaded.data as Page).entities.edges) delete edge.node.skip;
        expect(compiled.data).toEqual(loaded.data);
        // The same page without relations comes from the order's page statement alone (entitiesPage).
        const plain = await roundTrips(`{
          entities(where: ${where}, orderBy: ${order}, first: 2${after === null ? '' : `, after: "${after}"`}) {
            pageInfo { hasNextPage endCursor } edges { cursor node { id name firstSeen lastSeen mentionCount } }
          }
        }`);
        const strip = (data: unknown) => {
          const { pageInfo, edges } = (data as Page).entities;
          return {
            pageInfo,
            edges: edges.map((edge) => ({ ...edge, node: { ...edge.node, rel: undefined } })),
          };
        };
        expect(strip(compiled.data)).toEqual(strip(plain.data));
        const { edges, pageInfo } = (compiled.data as Page).entities;
        pages += edges.length > 0 ? 1 : 0;
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
    }
    // The filters match something on the sample graph, so the comparisons above compared entities.
    expect(pages).toBeGreaterThan(2);
  },
);

const ONE_ENTITY = (root: string) => `{
  ${root} {
    ... on Entity {
      name
      relations(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        id predicate confidence subject { name mentionCount } object { name aliases }
        evidence(first: 3) { text start end article { id title } }
      } } }
    }
  }
}`;

test('entity(id) with its relations, their ends and their evidence articles: one statement', async () => {
  const [busiest] = await db.read<{ id: string }>(
    'MATCH (e:Entity)-[r]-(:Entity) WHERE r.articleId IS NOT NULL RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 1',
  );
  const id = busiest?.id ?? 'none';
  const compiled = await roundTrips(ONE_ENTITY(`entity(id: "${id}")`));
  expect(compiled.count).toBe(1);
  expect(compiled.transactions).toHaveLength(1);
  // node(id) is not compiled: its resolvers fetch through the DataLoaders, four statements. Same answer.
  const loaded = await roundTrips(ONE_ENTITY(`node(id: "${id}")`));
  expect(loaded.count).toBe(4);
  expect((compiled.data as { entity: unknown }).entity).toEqual((loaded.data as { node: unknown }).node);
  const relations = (compiled.data as { entity: { relations: { edges: unknown[] } } }).entity.relations;
  expect(relations.edges.length).toBeGreaterThan(0);
});

test('searchEntities with the entities it found: one statement, mention counts and properties only when asked', async () => {
  const answers: Record<string, unknown> = {};
  for (const fields of ['id name type', 'id name type mentionCount', 'id name type firstSeen attributes']) {
    const { count, statements, data } = await roundTrips(
      `{ searchEntities(query: "Lukashenka") { score entity { ${fields} } } }`,
    );
    const hits = (data as { searchEntities: { entity: { mentionCount?: number } }[] }).searchEntities;
    expect(hits.length).toBeGreaterThan(0);
    expect(count).toBe(1);
    if (fields.includes('mentionCount')) expect(hits[0]?.entity.mentionCount).toBeGreaterThan(0);
    expect(statements[0]?.includes('.firstSeen')).toBe(fields.includes('firstSeen'));
    expect(statements[0]?.includes('attributeKeys')).toBe(fields.includes('attributes'));
    answers[fields] = data;
  }
  // The same properties as entity(id) reads for the first hit.
  type Hits = { searchEntities: { entity: { id: string; firstSeen: string | null } }[] };
  const hit = (answers['id name type firstSeen attributes'] as Hits).searchEntities[0]?.entity;
  const { data } = await roundTrips(`{ entity(id: "${hit?.id}") { id name type firstSeen attributes } }`);
  expect((data as { entity: unknown }).entity).toEqual(hit);
});

test('predicates: one statement over the counts kept per predicate', async () => {
  const { count, data } = await roundTrips('{ predicates { predicate count } }');
  expect(count).toBe(1);
  expect((data as { predicates: unknown[] }).predicates.length).toBeGreaterThan(0);
});

test('every field level of a deep request is one batch, all in one transaction', async () => {
  const { count, transactions } = await roundTrips(`{
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
  expect(transactions).toHaveLength(1);
});

test('coOccurring with the entities it found: one statement, the same entities entity(id) gives', async () => {
  const [hub] = await db.read<{ id: string }>(
    'MATCH (e:Entity)<-[:MENTIONS]-(:Article) RETURN e.id AS id ORDER BY COUNT { (e)<-[:MENTIONS]-() } DESC, id LIMIT 1',
  );
  const fields = 'id name type aliases mentionCount firstSeen lastSeen attributes';
  const { count, data } = await roundTrips(
    `{ coOccurring(entityId: "${hub?.id ?? 'none'}", first: 5) { articleCount entity { ${fields} } } }`,
  );
  expect(count).toBe(1);
  const hits = (data as { coOccurring: { entity: { id: string } }[] }).coOccurring;
  expect(hits.length).toBeGreaterThan(1);
  for (const hit of hits) {
    const alone = await roundTrips(`{ entity(id: "${hit.entity.id}") { ${fields} } }`);
    expect(hit.entity).toEqual((alone.data as { entity: unknown }).entity);
  }
});

/**
 * A compiled page of countries whose relations ask only `predicate`, then node(id) (not compiled) asking
 * the DataLoader for the same page of one of them (same entity, direction, first) with `more` fields:
 * the answer to node(id) beside the compiled page, and alone.
 */
async function samePageAskedForMore(
  first: number,
  more: string,
): Promise<{ together: unknown; alone: unknown }> {
  const countries = `entities(where: { type: COUNTRY }, first: 20) {
    edges { node { id relations(direction: OUTGOING, first: ${first}) { edges { node { predicate } } } } }
  }`;
  const compiled = await roundTrips(`{ ${countries} }`);
  type Page = { entities: { edges: { node: { id: string; relations: { edges: unknown[] } } }[] } };
  const id = (compiled.data as Page).entities.edges.find((edge) => edge.node.relations.edges.length > 0)?.node
    .id;
  expect(id).toBeDefined();
  const node = `node(id: "${id}") { ... on Entity { relations(direction: OUTGOING, first: ${first}) { ${more} } } }`;
  const together = await roundTrips(`{ ${countries} ${node} }`);
  const alone = await roundTrips(`{ ${node} }`);
  return {
    together: (together.data as { node: unknown }).node,
    alone: (alone.data as { node: unknown }).node,
  };
}

test('a page of relations read without its facts never answers a field that needs them', async () => {
  const { together, alone } = await samePageAskedForMore(
    10,
    'edges { node { predicate confidence evidenceCount evidence { text } } }',
  );
  expect(together).toEqual(alone);
  const relations = (
    alone as { relations: { edges: { node: { confidence: number; evidenceCount: number } }[] } }
  ).relations.edges;
  expect(relations.length).toBeGreaterThan(0);
  for (const { node } of relations) {
    expect(node.confidence).toBeGreaterThan(0);
    expect(node.evidenceCount).toBeGreaterThan(0);
  }
});

test("evidence articles come without their text; asking for it adds one statement, and it is the article's text", async () => {
  const [busiest] = await db.read<{ id: string }>(
    'MATCH (e:Entity)-[r]-(:Entity) WHERE r.articleId IS NOT NULL RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 1',
  );
  const query = (articleFields: string) => `{ entity(id: "${busiest?.id ?? 'none'}") {
    relations(first: 20) { edges { node { evidence(first: 2) { article { ${articleFields} } } } } }
  } }`;
  const titles = await roundTrips(query('id title'));
  expect(titles.count).toBe(1);
  const texts = await roundTrips(query('id title text(maxLength: 80)'));
  expect(texts.count).toBe(2);
  expect(texts.transactions).toHaveLength(1);
  type Shape = {
    entity: { relations: { edges: { node: { evidence: { article: { id: string; text?: string } }[] } }[] } };
  };
  const articles = (texts.data as Shape).entity.relations.edges.flatMap((edge) =>
    edge.node.evidence.map((evidence) => evidence.article),
  );
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) {
    const alone = await roundTrips(`{ article(id: "${article.id}") { text(maxLength: 80) } }`);
    expect(article.text).toBe((alone.data as { article: { text: string } }).article.text);
    expect(article.text?.length).toBeGreaterThan(0);
  }
});

test('a page compiled without its relations counted still lists every entity, those with no relation too', async () => {
  // No totalCount under relations: each entity's page is the top of the sort, not a count of them all.
  const compiled = await roundTrips(`{
    entities(where: { type: COUNTRY }, first: 30) { edges { node { id relations(first: 2) { edges { node { predicate } } } } } }
  }`);
  expect(compiled.count).toBe(1);
  expect(compiled.statements[0]).not.toContain('size(keyed) AS totalCount');
  const plain = await roundTrips(
    '{ entities(where: { type: COUNTRY }, first: 30) { edges { node { id } } } }',
  );
  type Page = { entities: { edges: { node: { id: string; relations?: { edges: unknown[] } } }[] } };
  const ids = (data: unknown) => (data as Page).entities.edges.map((edge) => edge.node.id);
  expect(ids(compiled.data)).toEqual(ids(plain.data));
  const pages = (compiled.data as Page).entities.edges.map((edge) => edge.node.relations?.edges.length ?? 0);
  // Both kinds are on the page, so the comparison covered an entity with no relation.
  expect(pages.some((n) => n === 0) && pages.some((n) => n > 0)).toBe(true);
});

test('a page of relations read without its count never answers a totalCount', async () => {
  const { together, alone } = await samePageAskedForMore(3, 'totalCount');
  expect(together).toEqual(alone);
  expect((alone as { relations: { totalCount: number } }).relations.totalCount).toBeGreaterThan(0);
});

test('a compiled statement projects only the properties the operation reads, wherever it reads them', async () => {
  const [busiest] = await db.read<{ id: string }>(
    'MATCH (e:Entity)-[r]-(:Entity) WHERE r.articleId IS NOT NULL RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 1',
  );
  const id = busiest?.id ?? 'none';
  const names = await roundTrips(
    `{ entity(id: "${id}") { name relations(first: 5) { edges { node { object { name } } } } } }`,
  );
  expect(names.count).toBe(1);
  for (const property of ['aliases', 'attributeKeys', 'firstSeen', 'lastSeen']) {
    expect(names.statements[0]).not.toContain(property);
  }
  // The ends' aliases and first days are read only by a fragment under another root field: the compiled
  // statement still projects them, so the entities it primed answer that field too.
  const elsewhere = `{
    entity(id: "${id}") { name relations(first: 5) { edges { node { object { name } } } } }
    node(id: "${id}") { ... on Entity { relations(first: 5) { edges { node { object { ...Seen } } } } } }
  }
  fragment Seen on Entity { aliases firstSeen attributes }`;
  const together = await roundTrips(elsewhere);
  expect(together.statements[0]).toContain('aliases');
  expect(together.statements[0]).toContain('firstSeen');
  const alone = await roundTrips(`{
    node(id: "${id}") { ... on Entity { relations(first: 5) { edges { node { object { ...Seen } } } } } }
  }
  fragment Seen on Entity { aliases firstSeen attributes }`);
  expect((together.data as { node: unknown }).node).toEqual((alone.data as { node: unknown }).node);
  type Ends = { node: { relations: { edges: { node: { object: { firstSeen: string | null } } }[] } } };
  const ends = (alone.data as Ends).node.relations.edges;
  expect(ends.length).toBeGreaterThan(0);
  expect(ends.some((edge) => edge.node.object.firstSeen !== null)).toBe(true);
});
