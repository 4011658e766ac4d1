/**
 * The analysts' queries (issue 14) over real HTTP on the sample graph, each checked against what other
 * queries of the API say about the same graph (evidence and its articles, entities per type), so the
 * answers are not the same Cypher run twice.
 */
import { codesOf, entityIdNamed, errorsOf } from './support/api';
import { useApiSuite } from './support/lifecycle';
import { SAMPLE_ID } from './support/sample-graph';

jest.setTimeout(120_000);

const suite = useApiSuite();
let belarus: string;

beforeAll(async () => {
  belarus = await entityIdNamed(suite.api, 'Belarus', 'COUNTRY');
});

const request = <T>(query: string, variables: Record<string, unknown> = {}) =>
  suite.api.client().request<T>(query, variables);

test("timeline: an entity's facts of the sample's day are its evidence sentences from articles of that day", async () => {
  const data = await request<{
    day: { start: string; count: number }[];
    week: { start: string; count: number }[];
    entity: {
      relations: { edges: { node: { evidence: { article: { publishedAt: string | null } }[] } }[] };
    };
  }>(
    `query ($id: ID!) {
      day: timeline(entityId: $id, from: "2022-02-28", to: "2022-02-28") { start count }
      week: timeline(entityId: $id, bucket: WEEK, from: "2022-02-28", to: "2022-03-06") { start count }
      entity(id: $id) { relations(first: 100) { edges { node { evidence(first: 20) { article { publishedAt } } } } } }
    }`,
    { id: belarus },
  );
  const sentences = data.entity.relations.edges
    .flatMap(({ node }) => node.evidence)
    .filter(({ article }) => article.publishedAt === '2022-02-28').length;
  expect(sentences).toBeGreaterThan(0);
  expect(data.day).toEqual([{ start: '2022-02-28', count: sentences }]);
  // 2022-02-28 is a Monday: its week starts that day and holds at least that day's facts.
  expect(data.week[0]?.start).toBe('2022-02-28');
  expect(data.week[0]?.count).toBeGreaterThanOrEqual(sentences);
});

test('coOccurring: entities of the articles that mention it, most shared first, never itself', async () => {
  const data = await request<{
    coOccurring: { entity: { id: string; type: string; name: string }; articleCount: number }[];
    people: { entity: { type: string } }[];
    article: { entities: { edges: { node: { id: string } }[] } };
  }>(
    `query ($id: ID!) {
      coOccurring(entityId: $id, first: 100) { entity { id type name } articleCount }
      people: coOccurring(entityId: $id, first: 100, types: [PERSON]) { entity { type } }
      article(id: "${SAMPLE_ID}") { entities(first: 100) { edges { node { id } } } }
    }`,
    { id: belarus },
  );
  const inSample = new Set(data.article.entities.edges.map(({ node }) => node.id));
  const ids = data.coOccurring.map(({ entity }) => entity.id);
  expect(ids).not.toContain(belarus);
  // Every other entity of the sample article shares at least that article with Belarus.
  for (const id of inSample) if (id !== belarus) expect(ids).toContain(id);
  const counts = data.coOccurring.map(({ articleCount }) => articleCount);
  expect(counts.every((count) => count >= 1)).toBe(true);
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  expect(data.people.length).toBeGreaterThan(0);
  expect(data.people.every(({ entity }) => entity.type === 'PERSON')).toBe(true);
});

test("entityTypeCounts: each count is that type's entities, and they add up to all entities", async () => {
  const data = await request<{
    entityTypeCounts: { type: string; count: number }[];
    all: { totalCount: number };
  }>('{ entityTypeCounts { type count } all: entities { totalCount } }');
  const counts = data.entityTypeCounts;
  expect(counts.length).toBeGreaterThan(1);
  expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(data.all.totalCount);
  expect([...counts].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type))).toEqual(counts);
  for (const { type, count } of counts) {
    const { entities } = await request<{ entities: { totalCount: number } }>(
      'query ($type: EntityType) { entities(where: { type: $type }) { totalCount } }',
      { type },
    );
    expect({ type, count: entities.totalCount }).toEqual({ type, count });
  }
});

test('relations and entities with the new filters and orders answer in order', async () => {
  const data = await request<{
    relations: { edges: { node: { predicate: string; confidence: number } }[] };
    entities: { edges: { node: { mentionCount: number; lastSeen: string } }[] };
  }>(`{
    relations(where: { predicates: ["ANNOUNCES", "CLOSES"], minConfidence: 0.2, maxConfidence: 1, negated: false }, first: 100) {
      edges { node { predicate confidence } }
    }
    entities(where: { minMentions: 2 }, orderBy: MENTION_COUNT_DESC, first: 100) {
      edges { node { mentionCount lastSeen } }
    }
  }`);
  for (const { node } of data.relations.edges) {
    expect(['ANNOUNCES', 'CLOSES']).toContain(node.predicate);
    expect(node.confidence).toBeGreaterThanOrEqual(0.2);
  }
  const mentions = data.entities.edges.map(({ node }) => node.mentionCount);
  expect(mentions.length).toBeGreaterThan(0);
  expect(mentions.every((count) => count >= 2)).toBe(true);
  expect([...mentions].sort((a, b) => b - a)).toEqual(mentions);
  expect(data.entities.edges.every(({ node }) => /^\d{4}-\d{2}-\d{2}$/.test(node.lastSeen))).toBe(true);
});

test('bad input to each new query is BAD_USER_INPUT and names what is wrong', async () => {
  const cases: [string, RegExp][] = [
    ['{ timeline(from: "2022-02-31") { count } }', /"from" must be a day written YYYY-MM-DD/],
    ['{ timeline(from: "2022-03-01", to: "2022-02-01") { count } }', /is after "to"/],
    ['{ timeline(from: "2000-01-01", to: "2022-01-01") { count } }', /at most 400 buckets/],
    [`{ coOccurring(entityId: "x", first: 500) { articleCount } }`, /from 1 to 100/],
    ['{ relations(where: { maxConfidence: 2 }) { totalCount } }', /"maxConfidence" must be from 0 to 1/],
    ['{ relations(where: { to: "28/02/2022" }) { totalCount } }', /"to" must be a day/],
    ['{ entities(where: { minMentions: 4, maxMentions: 1 }) { totalCount } }', /greater than "maxMentions"/],
  ];
  for (const [query, message] of cases) {
    const errors = await errorsOf(request(query));
    expect(codesOf(errors)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0]?.message).toMatch(message);
  }
});
