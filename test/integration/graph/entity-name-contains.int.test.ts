/**
 * The totalCount of entities(where: {nameContains}) with nothing else to start from: a text index on the
 * lower-cased name and aliases that entity-stats.cypher keeps (searchKey) answers it, with the same count
 * as reading every entity's name and aliases did. Real Neo4j, the real write path.
 */
import { int } from 'neo4j-driver';
import { entityFilter } from '../../../src/api/entity/entity-filter';
import { cypher } from '../../../src/graph/cypher';
import type { GraphDatabase } from '../../../src/graph/database';
import { ingestArticle } from '../../../src/graph/ingest';
import { GraphReader, OwnTransactions } from '../../../src/graph/read';
import { backfillAnalytics } from '../../../src/graph/schema';
import { clearAndClose, openEmptyTestDatabase } from '../../helpers/database';
import { tableExtractor, type EntitySpec } from '../../unit/graph/extraction-builder';

jest.setTimeout(60_000);

const KYIV: EntitySpec = { id: 'k', name: 'Kyiv', type: 'CITY', aliases: ['Kiev'] };
const BLINKEN: EntitySpec = { id: 'b', name: 'Antony Blinken', type: 'PERSON', aliases: ['Tony Blinken'] };
const KIEVAN: EntitySpec = { id: 'r', name: 'Kievan Rus', type: 'LOCATION' };
const MINSK: EntitySpec = { id: 'm', name: 'Minsk', type: 'CITY' };
const TEXT_1 = 'Antony Blinken visited Kyiv and Minsk.';
const TEXT_2 = 'Kievan Rus was a state.';
const extract = tableExtractor([
  [TEXT_1, [KYIV, BLINKEN, MINSK], []],
  [TEXT_2, [KIEVAN], []],
]);

/** The count as the statement before the index computed it: every entity's name and aliases. */
const SCANNED = `MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND (e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(e) AS count`;

const CASES: [string, string[] | null][] = [
  ['kie', null], // an alias (Kiev) and a name (Kievan Rus)
  ['KIEV', ['CITY']], // case, and a type
  ['tony', null], // a name and an alias of one entity: counted once
  ['n', ['PERSON', 'CITY']],
  ['zzz', null],
];

let db: GraphDatabase;
let reader: GraphReader;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  reader = new GraphReader(new OwnTransactions(db));
  await ingestArticle(db, { id: 'one', text: TEXT_1 }, { extract });
  await ingestArticle(db, { id: 'two', text: TEXT_2 }, { extract });
});

afterAll(async () => {
  if (db !== undefined) await clearAndClose(db);
});

async function expectSameCounts(): Promise<void> {
  for (const [nameContains, types] of CASES) {
    const [scanned] = await db.read<{ count: number }>(SCANNED, { nameContains, types });
    const counted = await reader.entitiesCount(
      entityFilter({ nameContains, ...(types ? { types } : {}) } as never),
    );
    expect({ nameContains, types, count: counted }).toEqual({ nameContains, types, count: scanned?.count });
  }
}

test('the indexed count equals the count over every name and alias', async () => {
  await expectSameCounts();
  const counted = await reader.entitiesCount(entityFilter({ nameContains: 'kie' }));
  expect(counted).toBe(2);
});

test('a graph written before searchKey gets it at start, with the same counts', async () => {
  const keys = async () =>
    db.read<{ id: string; key: string }>(
      'MATCH (e:Entity) RETURN e.id AS id, e.searchKey AS key ORDER BY id',
    );
  const written = await keys();
  expect(written.every((row) => typeof row.key === 'string')).toBe(true);
  await db.write('MATCH (e:Entity) REMOVE e.searchKey', {}, 'test');
  expect(await reader.entitiesCount(entityFilter({ nameContains: 'kie' }))).toBe(0);
  await backfillAnalytics(db);
  expect(await keys()).toEqual(written);
  await expectSameCounts();
});

test('the count is a text-index scan of the matches, no scan of the entities', async () => {
  const session = db.driver.session({ database: db.connection.database });
  const operators: string[] = [];
  const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    operators.push(`${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments.Details ?? '')}`);
    for (const child of plan.children) walk(child as typeof plan);
  };
  try {
    const result = await session.run(`EXPLAIN ${cypher('read/entities-count-by-name')}`, {
      nameContains: 'kie',
      types: null,
      limit: int(1),
    });
    walk(result.summary.plan as never);
  } finally {
    await session.close();
  }
  expect(operators.some((op) => /^NodeIndexContainsScan .*TEXT INDEX e:Entity\(searchKey\)/.test(op))).toBe(
    true,
  );
  expect(operators.filter((op) => /^(NodeByLabelScan|AllNodesScan)\b/.test(op))).toEqual([]);
});
