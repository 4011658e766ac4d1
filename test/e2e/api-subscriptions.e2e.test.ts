/**
 * GraphQL subscriptions over a real WebSocket (graphql-ws client, the API's own port and path): an article
 * ingested through the HTTP mutation arrives as articleIngested and relationAdded events, the filters keep
 * only what they ask for, bad subscriptions get errors with codes, pages of other origins cannot connect,
 * and closing the server ends the subscriptions. The article is deleted again at the end, so the suites
 * that count the sample graph find it as they left it.
 */
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApi } from './support/api';
import { useApiSuite } from './support/lifecycle';

jest.setTimeout(120_000);

const API_KEY = 'subscriptions-test-key-0123456789';
const ARTICLE_ID = 'api-e2e-subscriptions';
const TEXT =
  'The United States imposed new sanctions on Belarus on Monday. ' +
  'President Joe Biden said Washington would close its embassy in Minsk. ' +
  'The European Union also sanctioned Belarus over its support for Russia.';
const WAIT_MS = 20_000;

const suite = useApiSuite({ apiKey: API_KEY });
const wsUrl = () => suite.api.url.replace(/^http/, 'ws');

interface Received {
  readonly results: FormattedExecutionResult<Record<string, unknown>, unknown>[];
  /** Errors sent instead of results (an `error` message), or the connection's failure. */
  readonly failures: unknown[];
  completed: boolean;
  /** Resolves once `count` results arrived; rejects after WAIT_MS. */
  atLeast(count: number): Promise<void>;
  /** Resolves once the subscription ended (complete or error); rejects after WAIT_MS. */
  ended(): Promise<void>;
  stop(): void;
}

function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}): Received {
  let changed = () => {};
  const received: Received = {
    results: [],
    failures: [],
    completed: false,
    atLeast: (count) => until(() => received.results.length >= count, `${count} results of ${query}`),
    ended: () => until(() => received.completed || received.failures.length > 0, `the end of ${query}`),
    stop: () => stop(),
  };
  const until = (done: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        resolve();
      };
      const previous = changed;
      changed = () => {
        previous();
        check();
      };
      check();
    });
  const stop = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (result) => {
        received.results.push(result);
        changed();
      },
      error: (error) => {
        received.failures.push(error);
        changed();
      },
      complete: () => {
        received.completed = true;
        changed();
      },
    },
  );
  return received;
}

function connect(url = wsUrl()): Client {
  return createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(suite.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function codesOf(received: Received): unknown[] {
  const fromResults = received.results.flatMap((result) => result.errors ?? []);
  const fromFailures = received.failures.flatMap((failure) => (Array.isArray(failure) ? failure : [failure]));
  return [...fromResults, ...fromFailures].map(
    (error) => (error as { extensions?: { code?: unknown } }).extensions?.code,
  );
}

describe('an article ingested through the API reaches subscribers', () => {
  let client: Client;
  beforeAll(() => {
    client = connect();
  });
  afterAll(async () => {
    await client?.dispose();
    await graphql(
      `
        mutation ($id: ID!) {
          deleteArticle(id: $id) {
            deleted
          }
        }
      `,
      { id: ARTICLE_ID },
    ).catch(() => undefined);
  });

  test('articleIngested and relationAdded, with and without filters, without an API key', async () => {
    const ingested = subscribe(
      client,
      'subscription { articleIngested { articleId title status entities relations article { id title } } }',
    );
    const all = subscribe(
      client,
      'subscription { relationAdded { articleId relationId predicate subjectId objectId relation { id predicate } } }',
    );
    // The filtered subscriptions are opened before anything is known about the article: their filters are
    // taken from the article's first relation below, so these two subscribe to every relation too and
    // are read only for the protocol; the filtered ones are opened with a second ingest.
    await delay(500); // the subscriptions are registered once the server has handled their messages
    const outcome = await graphql<{ ingestArticle: { status: string; relations: number } }>(
      `
        mutation ($input: ArticleInput!) {
          ingestArticle(input: $input) {
            status
            relations
          }
        }
      `,
      { input: { id: ARTICLE_ID, title: 'Sanctions on Belarus', text: TEXT, date: '2022-03-01' } },
    );
    expect(outcome.ingestArticle.status).toBe('NEW');
    expect(outcome.ingestArticle.relations).toBeGreaterThan(0);
    const stored = await graphql<{ article: { relations: { edges: { node: { id: string } }[] } } }>(
      `
        query ($id: ID!) {
          article(id: $id) {
            relations(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `,
      { id: ARTICLE_ID },
    );
    const expectedIds = stored.article.relations.edges.map((edge) => edge.node.id).sort();

    await ingested.atLeast(1);
    expect(ingested.results[0]).toEqual({
      data: {
        articleIngested: {
          articleId: ARTICLE_ID,
          title: 'Sanctions on Belarus',
          status: 'NEW',
          entities: expect.any(Number),
          relations: outcome.ingestArticle.relations,
          article: { id: ARTICLE_ID, title: 'Sanctions on Belarus' },
        },
      },
    });
    await all.atLeast(expectedIds.length);
    const events = all.results.map(
      (result) =>
        (result.data as { relationAdded: Record<string, unknown> & { relation: { id: string } } })
          .relationAdded,
    );
    expect(events.map((event) => event.relationId).sort()).toEqual(expectedIds);
    for (const event of events) {
      expect(event).toMatchObject({ articleId: ARTICLE_ID, relation: { id: event.relationId } });
    }

    // Filters: by predicate, and by entity as subject or object. A second version of the article
    // (REPLACED) states the same relations again, and the filtered subscriptions see only theirs.
    const first = events[0] as unknown as { predicate: string; objectId: string };
    const byPredicate = subscribe(
      client,
      'subscription ($p: String) { relationAdded(predicate: $p) { predicate subjectId objectId } }',
      { p: first.predicate },
    );
    const byEntity = subscribe(
      client,
      'subscription ($e: ID) { relationAdded(entityId: $e) { predicate subjectId objectId } }',
      { e: first.objectId },
    );
    const both = subscribe(
      client,
      'subscription ($p: String, $e: ID) { relationAdded(predicate: $p, entityId: $e) { predicate } }',
      { p: 'NO_SUCH_PREDICATE_EVER', e: first.objectId },
    );
    await delay(500);
    const replaced = await graphql<{ ingestArticle: { status: string } }>(
      `
        mutation ($input: ArticleInput!) {
          ingestArticle(input: $input) {
            status
          }
        }
      `,
      { input: { id: ARTICLE_ID, title: 'Sanctions on Belarus (updated)', text: `${TEXT} More soon.` } },
    );
    expect(replaced.ingestArticle.status).toBe('REPLACED');
    await ingested.atLeast(2);
    expect(ingested.results[1]?.data?.articleIngested).toMatchObject({
      status: 'REPLACED',
      title: 'Sanctions on Belarus (updated)',
    });
    const secondRound = await graphql<{
      article: {
        relations: {
          edges: { node: { predicate: string; subject: { id: string }; object: { id: string } } }[];
        };
      };
    }>(
      `
        query ($id: ID!) {
          article(id: $id) {
            relations(first: 100) {
              edges {
                node {
                  predicate
                  subject {
                    id
                  }
                  object {
                    id
                  }
                }
              }
            }
          }
        }
      `,
      { id: ARTICLE_ID },
    );
    const stated = secondRound.article.relations.edges.map(({ node }) => node);
    const withPredicate = stated.filter((relation) => relation.predicate === first.predicate);
    const withEntity = stated.filter(
      (relation) => relation.subject.id === first.objectId || relation.object.id === first.objectId,
    );
    expect(withPredicate.length).toBeGreaterThan(0);
    expect(withEntity.length).toBeGreaterThan(0);
    await byPredicate.atLeast(withPredicate.length);
    await byEntity.atLeast(withEntity.length);
    await all.atLeast(expectedIds.length + stated.length);
    await delay(500); // anything the filters wrongly let through would have arrived with the rest
    const fields = (received: Received) =>
      received.results.map(
        (result) => (result.data as { relationAdded: Record<string, string> }).relationAdded,
      );
    expect(fields(byPredicate).every((event) => event.predicate === first.predicate)).toBe(true);
    expect(fields(byPredicate)).toHaveLength(withPredicate.length);
    expect(
      fields(byEntity).every(
        (event) => event.subjectId === first.objectId || event.objectId === first.objectId,
      ),
    ).toBe(true);
    expect(fields(byEntity)).toHaveLength(withEntity.length);
    expect(both.results).toEqual([]);
    for (const received of [ingested, all, byPredicate, byEntity, both]) received.stop();
  });

  test('bad subscriptions get an error with a code, and the connection stays usable', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['subscription { relationAdded(predicate: "not a predicate") { predicate } }', {}, 'BAD_USER_INPUT'],
      ['subscription { relationAdded(entityId: "") { predicate } }', {}, 'BAD_USER_INPUT'],
      [
        'subscription ($p: String) { relationAdded(predicate: $p) { predicate } }',
        { p: 42 },
        'BAD_USER_INPUT',
      ],
      ['subscription { articleIngested { nope } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription { articleIngested { articleId ', {}, 'GRAPHQL_PARSE_FAILED'],
      ['{ articles { totalCount } }', {}, 'BAD_REQUEST'],
      [
        'subscription { relationAdded { relation { subject { relations { edges { node { object { relations { edges { node { subject { name } } } } } } } } } } } }',
        {},
        'QUERY_TOO_DEEP',
      ],
      [
        'subscription { relationAdded { relation { subject { ' +
          'a: relations(first: 100) { edges { node { object { relations(first: 100) { totalCount } } } } } ' +
          'b: relations(first: 100) { edges { node { object { relations(first: 100) { totalCount } } } } } } } } }',
        {},
        'QUERY_TOO_COMPLEX',
      ],
    ];
    for (const [query, variables, code] of cases) {
      const received = subscribe(client, query, variables);
      await received.ended();
      expect([query, codesOf(received)]).toEqual([query, [code]]);
    }
    // Refused and finished subscriptions no longer count against the connection's 20.
    const open = Array.from({ length: 20 }, () =>
      subscribe(client, 'subscription { articleIngested { articleId } }'),
    );
    const oneTooMany = subscribe(client, 'subscription { articleIngested { articleId } }');
    await oneTooMany.ended();
    expect(codesOf(oneTooMany)).toEqual(['BAD_REQUEST']);
    await delay(200);
    expect(open.flatMap((received) => received.failures)).toEqual([]);
    for (const received of open) received.stop();
  });
});

describe('who may connect, and closing', () => {
  test('a subscription sent over HTTP is refused with a pointer to the WebSocket', async () => {
    const response = await fetch(suite.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { articleIngested { articleId } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/WebSocket/);
  });

  function upgradeStatus(origin: string | undefined): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', origin === undefined ? {} : { origin });
      socket.once('open', () => {
        socket.close();
        resolve(101);
      });
      socket.once('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.once('error', reject);
    });
  }

  test('a page of another origin cannot open a WebSocket; this origin and non-browsers can', async () => {
    expect(await upgradeStatus('http://evil.example')).toBe(403);
    expect(await upgradeStatus(new URL(suite.api.url).origin)).toBe(101);
    expect(await upgradeStatus(undefined)).toBe(101);
  });

  test('closing the server ends open subscriptions promptly', async () => {
    const api = await startTestApi(suite.db, { apiKey: API_KEY });
    const client = connect(api.url.replace(/^http/, 'ws'));
    try {
      const received = subscribe(client, 'subscription { articleIngested { articleId } }');
      await delay(500);
      await api.close();
      await received.ended(); // bounded: fails after WAIT_MS
      expect(received.results).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});
