/** Paging through every connection page by page gives each item exactly once, in the one-page order. */
import { codesOf, entityIdNamed, errorsOf } from './support/api';
import { useApiSuite } from './support/lifecycle';
import { SAMPLE_ID } from './support/sample-graph';

jest.setTimeout(120_000);

const suite = useApiSuite();
let belarus: string;

beforeAll(async () => {
  belarus = await entityIdNamed(suite.api, 'Belarus', 'COUNTRY');
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** Where the connection sits in each query's result. */
type Pick = (data: Record<string, unknown>) => Page;

const CONNECTION = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }';

const LISTINGS: [string, string, Pick][] = [
  [
    'entities by name',
    `query ($first: Int, $after: String) { c: entities(first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ],
  [
    'entities by mention count',
    `query ($first: Int, $after: String) { c: entities(orderBy: MENTION_COUNT_DESC, first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ],
  // The analysts' orders and filters (issue 14): their cursors carry [value, name, id], ties included.
  ...(
    [
      'NAME_DESC',
      'MENTION_COUNT_ASC',
      'FIRST_SEEN_ASC',
      'FIRST_SEEN_DESC',
      'LAST_SEEN_ASC',
      'LAST_SEEN_DESC',
    ] as const
  ).map((order): [string, string, Pick] => [
    `entities by ${order}`,
    `query ($first: Int, $after: String) { c: entities(orderBy: ${order}, first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ]),
  [
    'entities filtered by types and mentions',
    `query ($first: Int, $after: String) { c: entities(where: { types: [COUNTRY, PERSON, CITY], minMentions: 1, maxMentions: 50 }, orderBy: MENTION_COUNT_DESC, first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ],
  [
    'relations filtered by predicates and confidence',
    `query ($first: Int, $after: String) { c: relations(where: { predicates: ["ANNOUNCES", "CLOSES", "SANCTIONS", "JOINS", "INVADES"], minConfidence: 0.1, maxConfidence: 1 }, first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ],
  [
    'relations',
    `query ($first: Int, $after: String) { c: relations(first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ],
  [
    'articles',
    `query ($first: Int, $after: String) { c: articles(first: $first, after: $after) { ${CONNECTION} } }`,
    (data) => data.c as Page,
  ],
  [
    'Entity.relations',
    `query ($id: ID!, $first: Int, $after: String) { e: entity(id: $id) { c: relations(first: $first, after: $after) { ${CONNECTION} } } }`,
    (data) => (data.e as { c: Page }).c,
  ],
  [
    'Article.entities',
    `query ($first: Int, $after: String) { a: article(id: "${SAMPLE_ID}") { c: entities(first: $first, after: $after) { ${CONNECTION} } } }`,
    (data) => (data.a as { c: Page }).c,
  ],
  [
    'Article.relations',
    `query ($first: Int, $after: String) { a: article(id: "${SAMPLE_ID}") { c: relations(first: $first, after: $after) { ${CONNECTION} } } }`,
    (data) => (data.a as { c: Page }).c,
  ],
];

async function fetchPage(query: string, pick: Pick, first: number, after: string | null): Promise<Page> {
  const variables = query.includes('$id') ? { id: belarus, first, after } : { first, after };
  return pick(await suite.api.client().request<Record<string, unknown>>(query, variables));
}

describe.each(LISTINGS)('%s', (_name, query, pick) => {
  test.each([1, 2, 3])('pages of %i: no duplicates, no gaps, same order as one page', async (size) => {
    const whole = await fetchPage(query, pick, 100, null);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.edges.length).toBe(whole.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages += 1) {
      expect(pages).toBeLessThanOrEqual(whole.totalCount + 1);
      const page: Page = await fetchPage(query, pick, size, after);
      expect(page.totalCount).toBe(whole.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(size);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (page.edges.length > 0)
        expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]!.cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(whole.edges.map((edge) => edge.node.id));
  });
});

test('first: 0 gives an empty page that still says whether items exist', async () => {
  const page = await fetchPage(LISTINGS[0]![1], LISTINGS[0]![2], 0, null);
  expect(page.edges).toEqual([]);
  expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
});

test('a cursor of another listing, or no cursor at all, is BAD_USER_INPUT', async () => {
  const [, relationsQuery, relationsPick] = LISTINGS.find(([name]) => name === 'relations')!;
  const relations = await fetchPage(relationsQuery, relationsPick, 1, null);
  const cursor = relations.pageInfo.endCursor;
  expect(codesOf(await errorsOf(fetchPage(LISTINGS[0]![1], LISTINGS[0]![2], 1, cursor)))).toEqual([
    'BAD_USER_INPUT',
  ]);
  expect(codesOf(await errorsOf(fetchPage(LISTINGS[0]![1], LISTINGS[0]![2], 1, 'not a cursor')))).toEqual([
    'BAD_USER_INPUT',
  ]);
});

test('first above 100 or below 0 is BAD_USER_INPUT naming the limit', async () => {
  for (const first of [101, 1_000_000, -1]) {
    const errors = await errorsOf(fetchPage(LISTINGS[0]![1], LISTINGS[0]![2], first, null));
    expect(codesOf(errors)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0]!.message).toMatch(/from 0 to 100/);
  }
});
