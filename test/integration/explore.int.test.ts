/** Every query of the Neo4j Browser guide (cypher/explore) returns rows on the sample graph. */
import { loadExploreQueries } from '../../src/explore/explore-queries';
import type { GraphDatabase } from '../../src/graph/database';
import { openTestDatabase } from '../helpers/database';
import { ingestSample } from '../e2e/support/sample-graph';

describe('the explore queries on the sample graph', () => {
  let db: GraphDatabase;

  beforeAll(async () => {
    db = openTestDatabase();
    await ingestSample(db);
  }, 180_000);

  afterAll(() => db?.close());

  it.each(loadExploreQueries().map((query) => [query.name, query] as const))(
    '%s returns rows',
    async (_name, query) => {
      const rows = await db.read(query.statement, { ...query.params });
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it('traces SANCTIONS facts to their articles and sentences', async () => {
    const query = loadExploreQueries().find((q) => q.name === '05-articles-behind-a-fact');
    expect(query).toBeDefined();
    const rows = await db.read<{ subject: string; predicate: string; object: string; evidence: string }>(
      query?.statement ?? '',
      { predicate: 'SANCTIONS' },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.predicate).toBe('SANCTIONS');
      expect(row.evidence.length).toBeGreaterThan(0);
    }
    expect(rows).toContainEqual(expect.objectContaining({ subject: 'United States', object: 'Belarus' }));
  });

  it('links Blinken to Lukashenko through facts only', async () => {
    const query = loadExploreQueries().find((q) => q.name === '04-path-between-two-people');
    const rows = await db.read<{ p: unknown }>(query?.statement ?? '', { from: 'Blinken', to: 'Lukashenko' });
    expect(rows).toHaveLength(1);
  });
});
