/**
 * Incoming facts expanded by type (FactTypes, relationsTail): on a real server, over entities dense with
 * MENTIONS, the compiled statement gives the same relations whether it knows every predicate in use,
 * none, or a stale list that misses one; with the whole list it reads none of the MENTIONS, and with a
 * stale one it falls back to the expansion without types. The list itself is read from the predicate
 * counts the write path keeps.
 */
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../../../src/graph/database';
import {
  entitiesWithRelationsStatement,
  graphFactTypes,
  GraphReader,
  INCLUDE_ALL,
  OwnTransactions,
  type RelationDirection,
  type RelationsInclude,
} from '../../../src/graph/read';
import { clearAndClose, openEmptyTestDatabase } from '../../helpers/database';
import { buildSyntheticGraph, SYNTHETIC_PREDICATES, syntheticEntityId } from '../../helpers/synthetic-graph';

jest.setTimeout(120_000);

const ENTITIES = 20;
const ALL = [...SYNTHETIC_PREDICATES].sort();
/** What a list read before SANCTIONS was first written would hold. */
const STALE = ALL.filter((predicate) => predicate !== 'SANCTIONS');

const KEYS_ONLY: RelationsInclude = {
  endpoints: true,
  articles: false,
  mentionCounts: false,
  endpointMentionCounts: false,
  facts: false,
  totalCount: false,
  fields: [],
};

let db: GraphDatabase;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  // 400 articles × 8 mentions over 20 entities: 160 MENTIONS each, so every entity is a dense node (Neo4j
  // groups its relationships by type past 50), and 1,600 facts between them.
  await buildSyntheticGraph(db, {
    articles: 400,
    entities: ENTITIES,
    mentionsPerArticle: 8,
    factsPerArticle: 4,
  });
});

afterAll(async () => {
  if (db !== undefined) await clearAndClose(db);
});

function readerWith(list: readonly string[] | null): GraphReader {
  return new GraphReader(new OwnTransactions(db), { current: () => list });
}

test('the list is read from the predicate counts: every predicate with facts, sorted', async () => {
  const factTypes = graphFactTypes(db);
  expect(factTypes.current()).toBeNull();
  await factTypes.refresh();
  expect(factTypes.current()).toEqual(ALL);
});

test.each<[RelationDirection, RelationsInclude]>([
  ['BOTH', INCLUDE_ALL],
  ['IN', INCLUDE_ALL],
  ['BOTH', KEYS_ONLY],
  ['IN', KEYS_ONLY],
])('direction %s: the same page with the whole list, a stale list and none', async (direction, include) => {
  const ids = Array.from({ length: 5 }, (_, i) => syntheticEntityId(i));
  const page = (list: readonly string[] | null, after: string | null) =>
    readerWith(list).entitiesWithRelations(ids, { direction, predicate: null }, { after, limit: 8 }, include);
  const untyped = await page(null, null);
  expect(untyped).toHaveLength(ids.length);
  expect(untyped.every((row) => row.relations.length > 0)).toBe(true);
  expect(await page(ALL, null)).toEqual(untyped);
  expect(await page(STALE, null)).toEqual(untyped);
  // A later page, from the first one's last key.
  const after = untyped[0]?.relations.at(-1)?.key ?? null;
  expect(after).not.toBeNull();
  const next = await page(null, after);
  expect(await page(ALL, after)).toEqual(next);
  expect(await page(STALE, after)).toEqual(next);
});

test('one predicate asked for: the same relations with the list, including one it misses', async () => {
  const ids = [(await sanctioned()).id];
  const relations = async (list: readonly string[] | null, predicate: string) =>
    (
      await readerWith(list).entitiesWithRelations(
        ids,
        { direction: 'BOTH', predicate },
        { after: null, limit: 50 },
        INCLUDE_ALL,
      )
    )[0]?.relations;
  for (const predicate of ['SANCTIONS', STALE[0] as string]) {
    const untyped = await relations(null, predicate);
    if (predicate === 'SANCTIONS') expect(untyped?.length).toBeGreaterThan(0);
    expect(untyped?.every((relation) => relation.predicate === predicate)).toBe(true);
    expect(await relations(ALL, predicate)).toEqual(untyped);
    expect(await relations(STALE, predicate)).toEqual(untyped);
  }
});

/** The entity with the most incoming SANCTIONS: what a list read before SANCTIONS was written misses. */
async function sanctioned(): Promise<{ id: string; facts: number; mentions: number }> {
  const [row] = await db.read<{ id: string; facts: number; mentions: number }>(
    `MATCH (e:Entity)
     WITH e, COUNT { (e)<-[:SANCTIONS]-(:Entity) } AS sanctions
     ORDER BY sanctions DESC, e.id LIMIT 1
     RETURN e.id AS id, COUNT { (e)<-[r]-(:Entity) WHERE r.articleId IS NOT NULL } AS facts,
            COUNT { (e)<-[:MENTIONS]-() } AS mentions`,
  );
  if (row === undefined) throw new Error('no entity');
  return row;
}

/** The profile of the statement for one entity's incoming relations: its expansions into e and db hits. */
async function profileIncoming(id: string, list: readonly string[] | null) {
  const session = db.driver.session({
    database: db.connection.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.run(`PROFILE ${entitiesWithRelationsStatement(INCLUDE_ALL, list)}`, {
      ids: [id],
      direction: 'IN',
      predicate: null,
      relationsAfter: null,
      relationsLimit: neo4j.int(21),
    });
    const expansions: { details: string; rows: number }[] = [];
    let dbHits = 0;
    const walk = (plan: PlanNode) => {
      dbHits += plan.dbHits;
      if (plan.operatorType.startsWith('Expand')) {
        expansions.push({ details: String(plan.arguments.Details ?? ''), rows: plan.rows });
      }
      plan.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as PlanNode);
    const into = expansions.filter((expansion) => expansion.details.startsWith('(e)<-[r'));
    return {
      dbHits,
      typedRows: into.filter((expansion) => expansion.details.startsWith('(e)<-[r:')).map((e) => e.rows),
    };
  } finally {
    await session.close();
  }
}

interface PlanNode {
  readonly operatorType: string;
  readonly rows: number;
  readonly dbHits: number;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanNode[];
}

test('with the whole list no MENTIONS is read; a stale list that misses a fact falls back', async () => {
  const { id, facts, mentions } = await sanctioned();
  expect(mentions).toBeGreaterThan(50);
  expect(facts).toBeGreaterThan(0);
  const none = await profileIncoming(id, null);
  const whole = await profileIncoming(id, ALL);
  const stale = await profileIncoming(id, STALE);
  expect(none.typedRows).toEqual([]);
  // Every incoming fact through the types, and fewer reads than the expansion of every MENTIONS.
  expect(whole.typedRows).toEqual([facts]);
  expect(whole.dbHits + mentions).toBeLessThanOrEqual(none.dbHits);
  // The stale list finds fewer relationships than the degrees say: the untyped expansion reads them all.
  expect(stale.typedRows[0]).toBeLessThan(facts);
  expect(stale.dbHits).toBeGreaterThanOrEqual(whole.dbHits + mentions);
});
