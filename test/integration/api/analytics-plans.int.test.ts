/**
 * The analysts' statements do not scan the graph: on a graph of thousands of articles, entities and facts
 * (written straight in Cypher: the plans, not the extractor, are under test), PROFILE each one and check
 * what Neo4j did. No all-nodes, label or all-relationships scan; entity pages read their index in order
 * and stop at the page; type counts come from the count store; timelines and co-occurrences start from an
 * index. The figures the write path keeps (entity-stats, article-facts) are written here as it would.
 */
import neo4j, { int } from 'neo4j-driver';
import type { GraphDatabase } from '../../../src/graph/database';
import { cypher } from '../../../src/graph/cypher';
import { ENTITY_ORDER_KEYS, entityPageStatement } from '../../../src/graph/read';
import { clearAndClose, openEmptyTestDatabase } from '../../helpers/database';

jest.setTimeout(300_000);

const ARTICLES = 3_000;
const ENTITIES = 2_000;
const PREDICATES = ['SANCTIONS', 'BORDERS', 'MEETS', 'WARNS'];

interface Operator {
  readonly operatorType: string;
  readonly rows: number;
  readonly arguments: Record<string, unknown>;
  readonly children: Operator[];
}

let db: GraphDatabase;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await db.write(
    `UNWIND range(0, $entities - 1) AS i
     CREATE (e:Entity:Country {id: 'country:c' + i, name: 'Country ' + i, type: 'COUNTRY',
             nameKey: 'country ' + i, mentionCount: i % 97,
             firstSeen: toString(date('2020-01-01') + duration({days: i % 400})),
             lastSeen: toString(date('2021-06-01') + duration({days: i % 400}))})`,
    { entities: int(ENTITIES) },
  );
  // Each article mentions five entities and states two facts between them; one in ten has no date.
  await db.write(
    `UNWIND range(0, $articles - 1) AS i
     CREATE (a:Article {id: 'a' + i, publishedAt: CASE WHEN i % 10 = 0 THEN null
                        ELSE toString(date('2020-01-01') + duration({days: i % 1000})) END,
                        ingestedAt: '2026-01-01T00:00:00Z',
                        factPredicates: [$predicates[i % 4], $predicates[(i + 1) % 4]]})
     WITH a, i
     UNWIND range(0, 4) AS k
     MATCH (e:Entity {id: 'country:c' + ((i * 7 + k * 13) % $entities)})
     CREATE (a)-[:MENTIONS {count: 1}]->(e)`,
    { articles: int(ARTICLES), entities: int(ENTITIES), predicates: PREDICATES },
  );
  await db.write(
    `UNWIND range(0, $articles - 1) AS i
     UNWIND [0, 1] AS k
     MATCH (s:Entity {id: 'country:c' + ((i * 7 + k * 13) % $entities)})
     MATCH (o:Entity {id: 'country:c' + ((i * 7 + (k + 1) * 13) % $entities)})
     CREATE (s)-[r:$($predicates[(i + k) % 4])]->(o)
     SET r.articleId = 'a' + i, r.sentenceIndex = k, r.confidence = 0.8`,
    { articles: int(ARTICLES), entities: int(ENTITIES), predicates: PREDICATES },
  );
  // Fresh statistics, so the planner sees the graph's real size.
  await db.read('CALL db.resampleOutdatedIndexes()');
});

afterAll(async () => {
  if (db) await clearAndClose(db);
});

async function profile(name: string, params: Record<string, unknown>): Promise<Operator[]> {
  const session = db.driver.session({
    database: db.connection.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.run(`PROFILE ${cypher(name)}`, params);
    const operators: Operator[] = [];
    const walk = (plan: Operator) => {
      operators.push(plan);
      plan.children.forEach(walk);
    };
    const plan = result.summary.profile;
    if (plan === false) throw new Error(`no profile for ${name}`);
    walk(plan as unknown as Operator);
    return operators;
  } finally {
    await session.close();
  }
}

const SCANS = /AllNodesScan|AllRelationshipsScan|NodeByLabelScan|RelationshipTypeScan|UnionNodeByLabelsScan/;

function expectNoScan(name: string, operators: readonly Operator[]): void {
  const scans = operators.map((op) => op.operatorType.replace(/@.*/, '')).filter((type) => SCANS.test(type));
  expect({ name, scans }).toEqual({ name, scans: [] });
}

const base = {
  types: null,
  namePrefix: null,
  nameContains: null,
  articleId: null,
  minMentions: null,
  maxMentions: null,
  after: null,
  limit: int(21),
};

test.each(ENTITY_ORDER_KEYS)(
  'entities ordered %s: an index seek in order, stopped at the page',
  async (order) => {
    const numeric = order.startsWith('MENTION_COUNT');
    const operators = await profile(entityPageStatement(order), {
      ...base,
      low: numeric ? int(0) : '',
      high: numeric ? int(Number.MAX_SAFE_INTEGER) : '\uffff',
    });
    expectNoScan(order, operators);
    const seek = operators.find((op) => op.operatorType.startsWith('NodeIndexSeekByRange'));
    expect(seek).toBeDefined();
    // In index order, so the seek stops once the page is full: 21 rows, one more to see that the last
    // value's ties are over, and those ties (a tie-break by name is sorted, not read from the index:
    // 5 entities share a seen day here, about 21 a mention count); never the whole index of 2,000.
    expect(seek?.rows ?? Infinity).toBeLessThan(100);
    if (order.startsWith('NAME')) expect(seek?.rows).toBeLessThanOrEqual(22);
  },
);

test('entityTypeCounts reads the count store only', async () => {
  const operators = await profile('read/entity-type-counts', {});
  expectNoScan('entity-type-counts', operators);
  expect(operators.filter((op) => op.operatorType.startsWith('NodeCountFromCountStore'))).toHaveLength(11);
});

test('timeline over articles: a publishedAt range seek, no relationship read', async () => {
  const operators = await profile('read/timeline-articles', {
    predicate: 'SANCTIONS',
    bucket: 'WEEK',
    from: '2021-01-01',
    to: '2021-03-31',
    limit: int(400),
  });
  expectNoScan('timeline-articles', operators);
  const seek = operators.find((op) => op.operatorType.startsWith('NodeIndexSeekByRange'));
  expect(String(seek?.arguments.Details)).toContain('Article(publishedAt)');
  // 90 days of a 1,000-day cycle over 3,000 articles, less the undated: about 270 articles.
  expect(seek?.rows).toBeLessThan(300);
  expect(operators.some((op) => /Expand/.test(op.operatorType))).toBe(false);
});

test('timeline of one entity and coOccurring start from the entity', async () => {
  for (const [name, params] of [
    [
      'read/timeline-entity',
      {
        entityId: 'country:c7',
        predicate: null,
        bucket: 'DAY',
        from: '0000-01-01',
        to: '9999-12-31',
        limit: int(400),
      },
    ],
    ['read/co-occurring', { entityId: 'country:c7', types: null, limit: int(10) }],
  ] as const) {
    const operators = await profile(name, params);
    expectNoScan(name, operators);
    const leaves = operators
      .filter((op) => op.children.length === 0)
      .map((op) => op.operatorType.replace(/@.*/, ''));
    expect(leaves.every((leaf) => leaf.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    // Only the entity's own neighbourhood: far fewer rows than the graph's 15,000 MENTIONS.
    expect(Math.max(...operators.map((op) => op.rows))).toBeLessThan(500);
    if (name === 'read/timeline-entity') {
      // Its facts carry their article's publication day: the entity's index seek is the only seek, no
      // article is read.
      expect(leaves).toEqual(['NodeUniqueIndexSeek']);
      expect(JSON.stringify(operators.map((op) => op.arguments.Details))).not.toContain('Article');
    }
  }
});
