/**
 * Query.articles' order (newest first, ties by id, the undated last) comes from the listing key the
 * write path keeps on each article (articleListKey) and an index on it; older graphs get the key from
 * backfill-article-list-keys.cypher at start. Real Neo4j, the real write path, hand-made extractions.
 */
import { int } from 'neo4j-driver';
import { cypher } from '../../../src/graph/cypher';
import type { GraphDatabase } from '../../../src/graph/database';
import { ingestArticle } from '../../../src/graph/ingest';
import { GraphReader, OwnTransactions } from '../../../src/graph/read';
import { backfillAnalytics } from '../../../src/graph/schema';
import { clearAndClose, openEmptyTestDatabase } from '../../helpers/database';
import { tableExtractor } from '../../unit/graph/extraction-builder';

jest.setTimeout(60_000);

const ARTICLES: { id: string; date?: string }[] = [
  { id: 'b', date: '2024-03-01' },
  { id: 'a', date: '2024-03-01' },
  { id: 'c', date: '2023-12-31' },
  { id: 'u1' },
  { id: 'd', date: '2024-05-20' },
  { id: 'u2' },
];
/** Newest first, the same day by id descending, the undated last (by id descending). */
const EXPECTED = ['d', 'b', 'a', 'c', 'u2', 'u1'];

const textOf = (id: string) => `Article ${id} says nothing in particular.`;
const extract = tableExtractor(ARTICLES.map(({ id }) => [textOf(id), [], []]));

let db: GraphDatabase;
let reader: GraphReader;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  reader = new GraphReader(new OwnTransactions(db));
  for (const { id, date } of ARTICLES) {
    await ingestArticle(db, { id, text: textOf(id), ...(date === undefined ? {} : { date }) }, { extract });
  }
});

afterAll(async () => {
  if (db !== undefined) await clearAndClose(db);
});

async function pages(size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await reader.articlesPage({ after, limit: size + 1 });
    seen.push(...rows.slice(0, size).map((row) => row.id));
    if (rows.length <= size) return seen;
    after = rows[size - 1]!.key;
  }
}

test('one page and pages of one and two give the listing order', async () => {
  expect((await reader.articlesPage({ after: null, limit: 100 })).map((row) => row.id)).toEqual(EXPECTED);
  expect(await pages(1)).toEqual(EXPECTED);
  expect(await pages(2)).toEqual(EXPECTED);
});

test('an article replaced with another date moves in the listing', async () => {
  await ingestArticle(db, { id: 'c', text: textOf('c'), date: '2025-01-01' }, { extract });
  expect(await pages(2)).toEqual(['c', 'd', 'b', 'a', 'u2', 'u1']);
  await ingestArticle(db, { id: 'c', text: textOf('c'), date: '2023-12-31' }, { extract });
  expect(await pages(2)).toEqual(EXPECTED);
});

test('the backfill gives a graph written without the key the same keys as the write path', async () => {
  const keys = async () =>
    db.read<{ id: string; key: string }>('MATCH (a:Article) RETURN a.id AS id, a.listKey AS key ORDER BY id');
  const written = await keys();
  expect(written.every((row) => typeof row.key === 'string')).toBe(true);
  await db.write('MATCH (a:Article) REMOVE a.listKey', {}, 'test');
  expect(await reader.articlesPage({ after: null, limit: 100 })).toEqual([]);
  await backfillAnalytics(db);
  expect(await keys()).toEqual(written);
  expect(await pages(2)).toEqual(EXPECTED);
  // Nothing left to do: a second run updates no article.
  const [row] = await db.write<{ updated: number }>(cypher('write/backfill-article-list-keys'), {
    limit: int(1000),
  });
  expect(row?.updated).toBe(0);
});

test('a page is a seek of the listing index read in its order: no sort of the articles', async () => {
  const operators: string[] = [];
  const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    operators.push(`${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments.Details ?? '')}`);
    for (const child of plan.children) walk(child as typeof plan);
  };
  for (const after of [null, '2024-03-01\u0001b']) {
    const session = db.driver.session({ database: db.connection.database });
    try {
      const result = await session.run(`EXPLAIN ${cypher('read/articles-page')}`, { after, limit: int(3) });
      operators.length = 0;
      walk(result.summary.plan as never);
    } finally {
      await session.close();
    }
    expect(operators.some((op) => /^NodeIndexSeekByRange .*a:Article\(listKey\)/.test(op))).toBe(true);
    expect(operators.filter((op) => /^(Sort|Top|PartialSort|PartialTop|NodeByLabelScan)\b/.test(op))).toEqual(
      [],
    );
  }
});
