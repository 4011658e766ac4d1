/**
 * Mutations over HTTP: refused without the key (and when the server has none), done with it; a deletion
 * retracts what only that article said. Bad input of every kind gets a clear error and leaves the graph
 * exactly as it was (nodes and relationships counted before and after). One file, so no other suite of
 * ours writes while these count.
 */
import { gql } from 'graphql-request';
import { codesOf, errorsOf, startTestApi, type TestApi } from './support/api';
import { useApiSuite } from './support/lifecycle';
import { graphSize } from './support/sample-graph';

jest.setTimeout(120_000);

const API_KEY = 'test-key-0123456789abcdef';
const OTHER_ID = 'api-e2e-second-article';
/** A second article, with a fact the sample does not state. */
const OTHER_TEXT =
  'Secretary of State Antony Blinken met Foreign Minister Dmytro Kuleba in Kyiv on Tuesday. ' +
  'Kuleba said Ukraine would join the talks in Geneva. Blinken warned Russia against a new offensive.';

const suite = useApiSuite({ apiKey: API_KEY });
let writerApi: TestApi;

beforeAll(async () => {
  writerApi = await startTestApi(suite.db, { apiKey: API_KEY });
});
afterAll(() => writerApi?.close());

const INGEST = gql`
  mutation ($input: ArticleInput!) {
    ingestArticle(input: $input) {
      articleId
      status
      entities
      relations
      article {
        id
        title
      }
    }
  }
`;
const DELETE = gql`
  mutation ($id: ID!) {
    deleteArticle(id: $id) {
      articleId
      deleted
      relationsRemoved
      entitiesRemoved
    }
  }
`;

describe('authentication', () => {
  const input = { id: 'never-written', text: 'Nothing to see.' };

  test('without the header, with a wrong key, or a malformed header: UNAUTHENTICATED, nothing written', async () => {
    const before = await graphSize(suite.db);
    for (const headers of [{}, { authorization: 'Bearer wrong-key' }, { authorization: API_KEY }] as Record<
      string,
      string
    >[]) {
      const errors = await errorsOf(writerApi.client(headers).request(INGEST, { input }));
      expect(codesOf(errors)).toEqual(['UNAUTHENTICATED']);
      expect(errors[0]!.message).toMatch(/Authorization|API key/);
    }
    expect(await graphSize(suite.db)).toEqual(before);
  });

  test('a server with no key configured refuses every mutation and says NEWSGRAPH_API_KEY is not set', async () => {
    const keyless = await startTestApi(suite.db, { apiKey: null });
    try {
      const errors = await errorsOf(
        keyless.client({ authorization: `Bearer ${API_KEY}` }).request(DELETE, { id: 'anything' }),
      );
      expect(codesOf(errors)).toEqual(['UNAUTHENTICATED']);
      expect(errors[0]!.message).toMatch(/NEWSGRAPH_API_KEY is not set/);
    } finally {
      await keyless.close();
    }
  });

  test('queries need no key', async () => {
    await expect(
      writerApi.client().request(gql`
        {
          articles {
            totalCount
          }
        }
      `),
    ).resolves.toBeDefined();
  });
});

describe('ingest and delete with the key', () => {
  const authorized = () => writerApi.client({ authorization: `Bearer ${API_KEY}` });

  test('ingesting adds the article and its facts; the same text again changes nothing', async () => {
    const input = {
      id: OTHER_ID,
      title: 'Blinken in Kyiv',
      text: OTHER_TEXT,
      date: '2022-03-01',
      source: 'test',
    };
    const first = await authorized().request<{ ingestArticle: Record<string, unknown> }>(INGEST, { input });
    expect(first.ingestArticle).toMatchObject({
      articleId: OTHER_ID,
      status: 'NEW',
      article: { id: OTHER_ID },
    });
    expect(first.ingestArticle.entities).toEqual(expect.any(Number));
    const again = await authorized().request<{ ingestArticle: Record<string, unknown> }>(INGEST, { input });
    expect(again.ingestArticle).toMatchObject({ articleId: OTHER_ID, status: 'UNCHANGED' });
  });

  test('deleting an article retracts the facts and entities only it supported', async () => {
    const id = OTHER_ID;
    const before = await authorized().request<{
      relations: {
        totalCount: number;
        edges: { node: { id: string; evidence: { article: { id: string } }[] } }[];
      };
      entities: { totalCount: number };
    }>(
      gql`
        query ($id: ID!) {
          relations(where: { articleId: $id }, first: 100) {
            totalCount
            edges {
              node {
                id
                evidence {
                  article {
                    id
                  }
                }
              }
            }
          }
          entities(where: { articleId: $id }) {
            totalCount
          }
        }
      `,
      { id },
    );
    expect(before.entities.totalCount).toBeGreaterThan(0);
    const { deleteArticle } = await authorized().request<{ deleteArticle: Record<string, unknown> }>(DELETE, {
      id,
    });
    expect(deleteArticle).toMatchObject({ articleId: id, deleted: true });
    const after = await authorized().request<{
      article: null;
      relations: { totalCount: number };
      node: unknown[];
    }>(
      gql`
        query ($id: ID!) {
          article(id: $id) {
            id
          }
          relations(where: { articleId: $id }) {
            totalCount
          }
        }
      `,
      { id },
    );
    expect(after.article).toBeNull();
    expect(after.relations.totalCount).toBe(0);
    // A relation only this article supported is gone; one the sample supports too keeps its other evidence.
    for (const { node } of before.relations.edges) {
      const { node: still } = await authorized().request<{
        node: { evidence: { article: { id: string } }[] } | null;
      }>(
        gql`
          query ($id: ID!) {
            node(id: $id) {
              ... on Relation {
                evidence {
                  article {
                    id
                  }
                }
              }
            }
          }
        `,
        { id: node.id },
      );
      const others = node.evidence.filter((evidence) => evidence.article.id !== id);
      if (others.length === 0) expect(still).toBeNull();
      else expect(still!.evidence.map((evidence) => evidence.article.id)).not.toContain(id);
    }
    expect(deleteArticle.relationsRemoved).toEqual(expect.any(Number));
  });

  test('deleting an unknown article is NOT_FOUND', async () => {
    expect(codesOf(await errorsOf(authorized().request(DELETE, { id: 'no-such-article' })))).toEqual([
      'NOT_FOUND',
    ]);
  });

  test('ArticleInput is checked: empty text, bad date, bad URL, an id shaped like an entity id', async () => {
    const before = await graphSize(suite.db);
    for (const input of [
      { text: '   ' },
      { text: 'Some text.', date: 'yesterday' },
      { text: 'Some text.', date: '2022-02-30' },
      { text: 'Some text.', url: 'javascript:alert(1)' },
      { id: 'person:antony-blinken', text: 'Some text.' },
      { id: 'rel:abc', text: 'Some text.' },
    ]) {
      const errors = await errorsOf(authorized().request(INGEST, { input }));
      expect(codesOf(errors)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await graphSize(suite.db)).toEqual(before);
  });
});

describe('bad input leaves the graph unchanged', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(writerApi.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}`, ...headers },
      body,
    });

  async function expectRefused(send: () => Promise<Response>, status: number, code: string): Promise<string> {
    const before = await graphSize(suite.db);
    const response = await send();
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(JSON.stringify(body)).not.toMatch(/MATCH|MERGE|neo4j|at .*\.ts:\d+|stack/i);
    expect(await graphSize(suite.db)).toEqual(before);
    return body.errors![0]!.message;
  }

  test('malformed JSON: 400 BAD_REQUEST', async () => {
    const message = await expectRefused(
      () => post('{"query": "{ articles { totalCount } }"'),
      400,
      'BAD_REQUEST',
    );
    expect(message).toMatch(/not valid JSON/);
  });

  test('unknown fields and unknown arguments: GRAPHQL_VALIDATION_FAILED', async () => {
    await expectRefused(
      () => post(JSON.stringify({ query: '{ articles { nope } }' })),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
    await expectRefused(
      () => post(JSON.stringify({ query: '{ entities(where: { sneaky: 1 }) { totalCount } }' })),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
    await expectRefused(
      () =>
        post(
          JSON.stringify({
            query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }',
            variables: { input: { text: 'x', unknownField: 'y' } },
          }),
        ),
      400,
      'BAD_USER_INPUT',
    );
  });

  test('a huge first: BAD_USER_INPUT', async () => {
    const message = await expectRefused(
      () => post(JSON.stringify({ query: '{ entities(first: 1000000) { totalCount } }' })),
      200,
      'BAD_USER_INPUT',
    );
    expect(message).toMatch(/from 0 to 100/);
    await expectRefused(
      () => post(JSON.stringify({ query: '{ entities(first: 99999999999) { totalCount } }' })),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  test('deep nesting: QUERY_TOO_DEEP', async () => {
    const deep =
      '{ entities(first: 1) { edges { node { relations(first: 1) { edges { node { subject { relations(first: 1) { edges { node { object { name } } } } } } } } } } } }';
    const message = await expectRefused(() => post(JSON.stringify({ query: deep })), 400, 'QUERY_TOO_DEEP');
    expect(message).toMatch(/limit is 10/);
  });

  test('too many aliases: TOO_MANY_ALIASES; too costly: QUERY_TOO_COMPLEX; too many tokens: GRAPHQL_PARSE_FAILED', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: predicates { count }`).join(' ');
    await expectRefused(() => post(JSON.stringify({ query: `{ ${aliases} }` })), 400, 'TOO_MANY_ALIASES');
    const costly =
      'query ($n: Int) { entities(first: $n) { edges { node { relations(first: $n) { edges { node { evidence { text } } } } } } } }';
    await expectRefused(
      () => post(JSON.stringify({ query: costly, variables: { n: 100 } })),
      400,
      'QUERY_TOO_COMPLEX',
    );
    const tokens = `{ ${'__typename '.repeat(6000)} }`;
    await expectRefused(() => post(JSON.stringify({ query: tokens })), 400, 'GRAPHQL_PARSE_FAILED');
  });

  test('a 2 MB body: 413 PAYLOAD_TOO_LARGE', async () => {
    const query = `{ searchEntities(query: "${'a'.repeat(2 * 1024 * 1024)}") { score } }`;
    const message = await expectRefused(() => post(JSON.stringify({ query })), 413, 'PAYLOAD_TOO_LARGE');
    expect(message).toMatch(/1 MB/);
  });

  test('Cypher-looking strings in filters, ids and search are only values', async () => {
    const injection = '"}) MATCH (n) DETACH DELETE n //';
    const before = await graphSize(suite.db);
    const data = await writerApi.client().request<Record<string, unknown>>(
      gql`
        query ($s: String!, $id: ID!) {
          searchEntities(query: $s) {
            score
          }
          entities(where: { nameContains: $s, articleId: $id }) {
            totalCount
          }
          relations(where: { subjectId: $id, objectId: $id, articleId: $id }) {
            totalCount
          }
          entity(id: $id) {
            id
          }
          article(id: $id) {
            id
          }
          node(id: $id) {
            id
          }
        }
      `,
      { s: injection, id: injection },
    );
    expect(data).toMatchObject({
      entities: { totalCount: 0 },
      relations: { totalCount: 0 },
      entity: null,
      node: null,
    });
    const errors = await errorsOf(
      writerApi.client().request(
        gql`
          query ($p: String!) {
            relations(where: { predicate: $p }) {
              totalCount
            }
          }
        `,
        {
          p: 'SANCTIONS]->() DETACH DELETE n //',
        },
      ),
    );
    expect(codesOf(errors)).toEqual(['BAD_USER_INPUT']);
    const deleted = await errorsOf(
      writerApi.client({ authorization: `Bearer ${API_KEY}` }).request(DELETE, { id: injection }),
    );
    expect(codesOf(deleted)).toEqual(['NOT_FOUND']);
    expect(await graphSize(suite.db)).toEqual(before);
  });
});
