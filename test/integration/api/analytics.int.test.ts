/**
 * The analysts' queries (issue 14) against the real Neo4j, through the API over HTTP: a graph of four
 * hand-made articles whose every expected answer is worked out by hand below (not by running the same
 * Cypher again).
 *
 *   a1 2022-02-28 (a Monday)  US SANCTIONS Belarus (0.9, dated 2022-02-28); Belarus INVADES Ukraine (may,
 *                             0.6, reported by Blinken); Belarus BORDERS Ukraine (0.95)
 *                             mentions: United States 1, Belarus 3, Antony Blinken 1, Ukraine 2
 *   a2 2022-03-02 (Wednesday) US SANCTIONS Russia (0.8, dated 2022-03-01); Russia SANCTIONS Belarus (negated, 0.5)
 *                             mentions: United States 1, Russia 2, Belarus 1
 *   a3 2022-03-09 (Wednesday) US SANCTIONS Belarus (0.5, dated 2022-03-09); Ukraine THANKS US (0.7, dated 2022-03-09)
 *                             mentions: United States 2, Belarus 1, Ukraine 1
 *   a4 (no date)              Blinken VISITS Ukraine (0.9)
 *                             mentions: Antony Blinken 1, Ukraine 1
 *
 * So: mentions Belarus 5, United States 4, Ukraine 4, Antony Blinken 2, Russia 2; first seen 2022-02-28
 * for all but Russia (2022-03-02); last seen Russia 2022-03-02, Belarus and United States 2022-03-09,
 * Blinken and Ukraine the day a4 was ingested. US SANCTIONS Belarus is one relation of two facts:
 * confidence 1 - 0.1 × 0.5 = 0.95, date 2022-03-09.
 */
import { ClientError, GraphQLClient } from 'graphql-request';
import { startApiServer, type RunningApiServer } from '../../../src/api/server';
import { loadConfig } from '../../../src/config';
import type { GraphDatabase } from '../../../src/graph/database';
import { ingestArticle } from '../../../src/graph/ingest';
import { silentLogger } from '../../../src/logger';
import { clearAndClose, openEmptyTestDatabase } from '../../helpers/database';
import { tableExtractor, type EntitySpec, type RelationSpec } from '../../unit/graph/extraction-builder';

jest.setTimeout(120_000);

const US: EntitySpec = { id: 'us', name: 'United States', type: 'COUNTRY' };
const BELARUS: EntitySpec = { id: 'by', name: 'Belarus', type: 'COUNTRY' };
const UKRAINE: EntitySpec = { id: 'ua', name: 'Ukraine', type: 'COUNTRY' };
const RUSSIA: EntitySpec = { id: 'ru', name: 'Russia', type: 'COUNTRY' };
const BLINKEN: EntitySpec = { id: 'ab', name: 'Antony Blinken', type: 'PERSON' };

const A1 =
  'The United States sanctions Belarus. Antony Blinken said Belarus may invade Ukraine. Belarus borders Ukraine.';
const A2 = 'The United States sanctions Russia. Russia does not sanction Belarus.';
const A3 = 'The United States sanctions Belarus. Ukraine thanks the United States.';
const A4 = 'Antony Blinken visits Ukraine.';
const FACTS: Record<string, RelationSpec[]> = {
  a1: [
    { subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0, confidence: 0.9, date: '2022-02-28' },
    {
      subject: 'by',
      predicate: 'INVADES',
      object: 'ua',
      sentence: 1,
      confidence: 0.6,
      modality: 'may',
      attributedTo: 'ab',
    },
    { subject: 'by', predicate: 'BORDERS', object: 'ua', sentence: 2, confidence: 0.95 },
  ],
  a2: [
    { subject: 'us', predicate: 'SANCTIONS', object: 'ru', sentence: 0, confidence: 0.8, date: '2022-03-01' },
    { subject: 'ru', predicate: 'SANCTIONS', object: 'by', sentence: 1, confidence: 0.5, negated: true },
  ],
  a3: [
    { subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0, confidence: 0.5, date: '2022-03-09' },
    { subject: 'ua', predicate: 'THANKS', object: 'us', sentence: 1, confidence: 0.7, date: '2022-03-09' },
  ],
  a4: [{ subject: 'ab', predicate: 'VISITS', object: 'ua', sentence: 0, confidence: 0.9 }],
};
const extract = tableExtractor([
  [A1, [US, BELARUS, BLINKEN, UKRAINE], FACTS.a1 ?? []],
  [A2, [US, RUSSIA, BELARUS], FACTS.a2 ?? []],
  [A3, [US, BELARUS, UKRAINE], FACTS.a3 ?? []],
  [A4, [BLINKEN, UKRAINE], FACTS.a4 ?? []],
]);

const ID = {
  us: 'country:united-states',
  belarus: 'country:belarus',
  ukraine: 'country:ukraine',
  russia: 'country:russia',
  blinken: 'person:antony-blinken',
};

let db: GraphDatabase;
let server: RunningApiServer;
let client: GraphQLClient;
/** The day a4 (undated) was ingested: what "seen" means for an article without a date. */
let a4Day: string;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  // a4 first and a1 last: the figures must not depend on the order articles arrive in.
  await ingestArticle(db, { id: 'a4', text: A4 }, { extract });
  await ingestArticle(db, { id: 'a3', text: A3, date: '2022-03-09' }, { extract });
  await ingestArticle(db, { id: 'a2', text: A2, date: '2022-03-02' }, { extract });
  await ingestArticle(db, { id: 'a1', text: A1, date: '2022-02-28' }, { extract });
  server = await startApiServer({
    config: loadConfig({ ...process.env, NODE_ENV: 'test' }),
    database: db,
    logger: silentLogger(),
    apiKey: null,
    host: '127.0.0.1',
    port: 0,
  });
  client = new GraphQLClient(server.url);
  const { article } = await client.request<{ article: { ingestedAt: string } }>(
    '{ article(id: "a4") { ingestedAt } }',
  );
  a4Day = article.ingestedAt.slice(0, 10);
});

afterAll(async () => {
  await server?.close();
  if (db) await clearAndClose(db);
});

/** The BAD_USER_INPUT error a request gets, or a failure when it succeeds. */
async function badInput(query: string): Promise<{ message: string; code: unknown }> {
  try {
    await client.request(query);
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    const [first] = error.response.errors ?? [];
    return { message: first?.message ?? '', code: first?.extensions?.code };
  }
  throw new Error(`expected an error from ${query}`);
}

describe('timeline', () => {
  const timeline = async (args: string) =>
    (
      await client.request<{ timeline: { start: string; count: number }[] }>(
        `{ timeline${args} { start count } }`,
      )
    ).timeline;

  test('every dated fact per day, oldest first; the undated article is left out', async () => {
    expect(await timeline('')).toEqual([
      { start: '2022-02-28', count: 3 },
      { start: '2022-03-02', count: 2 },
      { start: '2022-03-09', count: 2 },
    ]);
  });

  test('per week, weeks starting on Monday', async () => {
    expect(await timeline('(bucket: WEEK)')).toEqual([
      { start: '2022-02-28', count: 5 },
      { start: '2022-03-07', count: 2 },
    ]);
  });

  test('one predicate (any case), and a date range', async () => {
    expect(await timeline('(predicate: "sanctions")')).toEqual([
      { start: '2022-02-28', count: 1 },
      { start: '2022-03-02', count: 2 },
      { start: '2022-03-09', count: 1 },
    ]);
    expect(await timeline('(from: "2022-03-01", to: "2022-03-08")')).toEqual([
      { start: '2022-03-02', count: 2 },
    ]);
  });

  test('one entity, as subject or object, with a predicate, a range and weeks', async () => {
    expect(await timeline(`(entityId: "${ID.belarus}")`)).toEqual([
      { start: '2022-02-28', count: 3 },
      { start: '2022-03-02', count: 1 },
      { start: '2022-03-09', count: 1 },
    ]);
    expect(await timeline(`(entityId: "${ID.belarus}", predicate: "SANCTIONS", from: "2022-03-01")`)).toEqual(
      [
        { start: '2022-03-02', count: 1 },
        { start: '2022-03-09', count: 1 },
      ],
    );
    expect(await timeline(`(entityId: "${ID.belarus}", bucket: WEEK)`)).toEqual([
      { start: '2022-02-28', count: 4 },
      { start: '2022-03-07', count: 1 },
    ]);
    expect(await timeline(`(entityId: "${ID.ukraine}")`)).toEqual([
      { start: '2022-02-28', count: 2 },
      { start: '2022-03-09', count: 1 },
    ]);
    // Blinken's only fact is in the undated article; an unknown entity has no facts.
    expect(await timeline(`(entityId: "${ID.blinken}")`)).toEqual([]);
    expect(await timeline('(entityId: "person:nobody")')).toEqual([]);
  });

  test('bad dates, a reversed range and a range of more than 400 buckets are BAD_USER_INPUT', async () => {
    expect(await badInput('{ timeline(from: "2022-02-30") { start } }')).toEqual({
      message: expect.stringContaining('"from" must be a day written YYYY-MM-DD'),
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput('{ timeline(to: "yesterday") { start } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput('{ timeline(from: "2022-03-09", to: "2022-03-01") { start } }')).toEqual({
      message: '"from" (2022-03-09) is after "to" (2022-03-01).',
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput('{ timeline(from: "2020-01-01", to: "2022-01-01") { start } }')).toEqual({
      message: expect.stringContaining('spans 732 days'),
      code: 'BAD_USER_INPUT',
    });
    // The same range in weeks is fine.
    expect(await timeline('(from: "2020-01-01", to: "2022-01-01", bucket: WEEK)')).toEqual([]);
    expect(await badInput('{ timeline(predicate: "not a predicate") { start } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('coOccurring', () => {
  const coOccurring = async (args: string) =>
    (
      await client.request<{ coOccurring: { entity: { name: string }; articleCount: number }[] }>(
        `{ coOccurring${args} { entity { name } articleCount } }`,
      )
    ).coOccurring.map(({ entity, articleCount }) => [entity.name, articleCount]);

  test('most articles in common first, ties by name', async () => {
    expect(await coOccurring(`(entityId: "${ID.belarus}")`)).toEqual([
      ['United States', 3],
      ['Ukraine', 2],
      ['Antony Blinken', 1],
      ['Russia', 1],
    ]);
    expect(await coOccurring(`(entityId: "${ID.blinken}")`)).toEqual([
      ['Ukraine', 2],
      ['Belarus', 1],
      ['United States', 1],
    ]);
  });

  test('first and types narrow it; an unknown entity has none', async () => {
    expect(await coOccurring(`(entityId: "${ID.belarus}", first: 1)`)).toEqual([['United States', 3]]);
    // The page ends inside a tie (two entities share one article with Belarus): the name decides.
    expect(await coOccurring(`(entityId: "${ID.belarus}", first: 3)`)).toEqual([
      ['United States', 3],
      ['Ukraine', 2],
      ['Antony Blinken', 1],
    ]);
    expect(await coOccurring(`(entityId: "${ID.belarus}", types: [PERSON])`)).toEqual([
      ['Antony Blinken', 1],
    ]);
    expect(await coOccurring('(entityId: "person:nobody")')).toEqual([]);
  });

  test('first outside 1..100 is BAD_USER_INPUT', async () => {
    for (const first of [0, 101, -1]) {
      expect(
        await badInput(`{ coOccurring(entityId: "${ID.us}", first: ${first}) { articleCount } }`),
      ).toEqual({
        message: `"first" must be a whole number from 1 to 100, got ${first}.`,
        code: 'BAD_USER_INPUT',
      });
    }
  });
});

test('entityTypeCounts: entities per type, most first, types without entities left out', async () => {
  const { entityTypeCounts } = await client.request<{ entityTypeCounts: unknown[] }>(
    '{ entityTypeCounts { type count } }',
  );
  expect(entityTypeCounts).toEqual([
    { type: 'COUNTRY', count: 4 },
    { type: 'PERSON', count: 1 },
  ]);
});

describe('relations filtered', () => {
  type Page = {
    relations: {
      totalCount: number;
      edges: { node: { subject: { name: string }; predicate: string; object: { name: string } } }[];
    };
  };
  const relations = async (where: string) => {
    const { relations: page } = await client.request<Page>(
      `{ relations(where: ${where}, first: 50) { totalCount edges { node { subject { name } predicate object { name } } } } }`,
    );
    const triples = page.edges
      .map(({ node }) => `${node.subject.name} ${node.predicate} ${node.object.name}`)
      .sort();
    expect(page.totalCount).toBe(triples.length);
    return triples;
  };

  test('by a list of predicates, together with predicate', async () => {
    expect(await relations('{ predicates: ["sanctions", "THANKS"] }')).toEqual([
      'Russia SANCTIONS Belarus',
      'Ukraine THANKS United States',
      'United States SANCTIONS Belarus',
      'United States SANCTIONS Russia',
    ]);
    expect(await relations('{ predicate: "SANCTIONS", predicates: ["THANKS"] }')).toEqual([]);
  });

  test('by confidence range (the noisy-or of the facts)', async () => {
    expect(await relations('{ minConfidence: 0.55, maxConfidence: 0.85 }')).toEqual([
      'Belarus INVADES Ukraine',
      'Ukraine THANKS United States',
      'United States SANCTIONS Russia',
    ]);
    // Two facts of 0.9 and 0.5 make 0.95: above a bound that each fact alone is below.
    expect(await relations('{ minConfidence: 0.92, predicate: "SANCTIONS" }')).toEqual([
      'United States SANCTIONS Belarus',
    ]);
  });

  test('by date range on Relation.date (the latest date of its facts); undated relations are left out', async () => {
    expect(await relations('{ from: "2022-03-01" }')).toEqual([
      'Ukraine THANKS United States',
      'United States SANCTIONS Belarus',
      'United States SANCTIONS Russia',
    ]);
    expect(await relations('{ to: "2022-03-01" }')).toEqual(['United States SANCTIONS Russia']);
    expect(await relations('{ from: "2022-03-02", to: "2022-03-09" }')).toEqual([
      'Ukraine THANKS United States',
      'United States SANCTIONS Belarus',
    ]);
  });

  test('by negation, modality (any case) and source', async () => {
    expect(await relations('{ negated: true }')).toEqual(['Russia SANCTIONS Belarus']);
    expect(await relations('{ negated: false }')).toHaveLength(6);
    expect(await relations('{ modality: "May" }')).toEqual(['Belarus INVADES Ukraine']);
    expect(await relations(`{ sourceId: "${ID.blinken}" }`)).toEqual(['Belarus INVADES Ukraine']);
  });

  test('bad values are BAD_USER_INPUT with a clear message', async () => {
    const relationsWith = (where: string) => `{ relations(where: ${where}) { totalCount } }`;
    expect(await badInput(relationsWith('{ minConfidence: 1.5 }'))).toEqual({
      message: '"minConfidence" must be from 0 to 1, got 1.5.',
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput(relationsWith('{ maxConfidence: -0.1 }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput(relationsWith('{ minConfidence: 0.8, maxConfidence: 0.2 }'))).toEqual({
      message: '"minConfidence" (0.8) is greater than "maxConfidence" (0.2).',
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput(relationsWith('{ from: "2022-13-01" }'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await badInput(relationsWith('{ from: "2022-03-09", to: "2022-03-01" }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput(relationsWith('{ predicates: ["no-such thing"] }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('entities filtered and sorted', () => {
  type Page = {
    entities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { name: string; mentionCount: number; firstSeen: string; lastSeen: string } }[];
    };
  };
  const page = async (args: string) =>
    (
      await client.request<Page>(
        `{ entities(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { name mentionCount firstSeen lastSeen } } } }`,
      )
    ).entities;
  const names = async (args: string) => (await page(args)).edges.map(({ node }) => node.name);

  test('the figures kept at write time: mention counts, first and last seen', async () => {
    const { edges } = await page('first: 10');
    expect(edges.map(({ node }) => node)).toEqual([
      { name: 'Antony Blinken', mentionCount: 2, firstSeen: '2022-02-28', lastSeen: a4Day },
      { name: 'Belarus', mentionCount: 5, firstSeen: '2022-02-28', lastSeen: '2022-03-09' },
      { name: 'Russia', mentionCount: 2, firstSeen: '2022-03-02', lastSeen: '2022-03-02' },
      { name: 'Ukraine', mentionCount: 4, firstSeen: '2022-02-28', lastSeen: a4Day },
      { name: 'United States', mentionCount: 4, firstSeen: '2022-02-28', lastSeen: '2022-03-09' },
    ]);
  });

  test('each order, ties by name', async () => {
    expect(await names('orderBy: NAME_DESC')).toEqual([
      'United States',
      'Ukraine',
      'Russia',
      'Belarus',
      'Antony Blinken',
    ]);
    expect(await names('orderBy: MENTION_COUNT_DESC')).toEqual([
      'Belarus',
      'Ukraine',
      'United States',
      'Antony Blinken',
      'Russia',
    ]);
    expect(await names('orderBy: MENTION_COUNT_ASC')).toEqual([
      'Antony Blinken',
      'Russia',
      'Ukraine',
      'United States',
      'Belarus',
    ]);
    expect(await names('orderBy: FIRST_SEEN_ASC')).toEqual([
      'Antony Blinken',
      'Belarus',
      'Ukraine',
      'United States',
      'Russia',
    ]);
    expect(await names('orderBy: FIRST_SEEN_DESC')).toEqual([
      'Russia',
      'Antony Blinken',
      'Belarus',
      'Ukraine',
      'United States',
    ]);
    expect(await names('orderBy: LAST_SEEN_ASC')).toEqual([
      'Russia',
      'Belarus',
      'United States',
      'Antony Blinken',
      'Ukraine',
    ]);
    expect(await names('orderBy: LAST_SEEN_DESC')).toEqual([
      'Antony Blinken',
      'Ukraine',
      'Belarus',
      'United States',
      'Russia',
    ]);
  });

  test('filters: types, name prefix (any case), mention range; totalCount agrees', async () => {
    expect(await names('where: { types: [PERSON] }')).toEqual(['Antony Blinken']);
    expect(await names('where: { types: [PERSON, COUNTRY], type: PERSON }')).toEqual(['Antony Blinken']);
    expect(await names('where: { namePrefix: "U" }')).toEqual(['Ukraine', 'United States']);
    expect(await names('where: { namePrefix: "un" }, orderBy: NAME_DESC')).toEqual(['United States']);
    expect(await names('where: { minMentions: 3, maxMentions: 4 }, orderBy: MENTION_COUNT_DESC')).toEqual([
      'Ukraine',
      'United States',
    ]);
    expect(await names('where: { minMentions: 3 }, orderBy: LAST_SEEN_ASC')).toEqual([
      'Belarus',
      'United States',
      'Ukraine',
    ]);
    expect((await page('where: { maxMentions: 2 }')).totalCount).toBe(2);
    expect((await page('where: { namePrefix: "u", types: [COUNTRY] }')).totalCount).toBe(2);
  });

  test('keyset paging across a tie keeps every entity exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const result: Page['entities'] = await page(
        `orderBy: MENTION_COUNT_DESC, first: 2${after === null ? '' : `, after: "${after}"`}`,
      );
      seen.push(...result.edges.map(({ node }) => node.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Belarus', 'Ukraine', 'United States', 'Antony Blinken', 'Russia']);
  });

  test('a cursor of another order and bad ranges are BAD_USER_INPUT', async () => {
    const { pageInfo } = await page('orderBy: NAME_ASC, first: 1');
    expect(
      await badInput(
        `{ entities(orderBy: MENTION_COUNT_DESC, after: "${pageInfo.endCursor}") { totalCount } }`,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await badInput('{ entities(where: { minMentions: 5, maxMentions: 2 }) { totalCount } }')).toEqual({
      message: '"minMentions" (5) is greater than "maxMentions" (2).',
      code: 'BAD_USER_INPUT',
    });
    expect(await badInput('{ entities(where: { minMentions: -1 }) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
