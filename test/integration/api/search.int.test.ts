/**
 * searchEntities on the real test Neo4j (issue 10): abbreviations and other names of a place find it
 * ("U.S.", "America"), an acronym finds the organization it abbreviates though no article wrote it
 * ("EU"), an exact alias beats a better-scored partial match ("US"), and a person's name never finds a
 * quantity first ("Milei" is not "93 miles"), while a query with a digit still finds the quantity.
 */
import { GraphQLClient } from 'graphql-request';
import { startApiServer, type RunningApiServer } from '../../../src/api/server';
import { loadConfig } from '../../../src/config';
import type { GraphDatabase } from '../../../src/graph/database';
import { deleteArticle, ingestArticle } from '../../../src/graph/ingest';
import { silentLogger } from '../../../src/logger';
import { ingestSample } from '../../e2e/support/sample-graph';
import { openTestDatabase } from '../../helpers/database';

jest.setTimeout(180_000);

const ARTICLE_ID = 'search-test-article';
const ARTICLE = [
  'Milei flies to Brussels',
  'Argentine President Javier Milei flew to Brussels on Tuesday, a trip of 93 miles from his last stop.',
  'The European Union imposed new sanctions on Belarus, officials said.',
].join('\n');

interface Hit {
  score: number;
  entity: { name: string; type: string };
}

let db: GraphDatabase;
let server: RunningApiServer;

async function search(query: string): Promise<Hit[]> {
  const data = await new GraphQLClient(server.url).request<{ searchEntities: Hit[] }>(
    'query ($q: String!) { searchEntities(query: $q, first: 5) { score entity { name type } } }',
    { q: query },
  );
  return data.searchEntities;
}

beforeAll(async () => {
  db = openTestDatabase();
  await ingestSample(db);
  await ingestArticle(db, { id: ARTICLE_ID, text: ARTICLE, date: '2024-02-06' });
  server = await startApiServer({
    config: loadConfig({ ...process.env, NODE_ENV: 'test' }),
    database: db,
    logger: silentLogger(),
    apiKey: null,
    host: '127.0.0.1',
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  await deleteArticle(db, ARTICLE_ID).catch(() => undefined);
  await db?.close();
});

describe('searchEntities', () => {
  it.each(['U.S.', 'US', 'America', 'USA', 'American'])(
    'finds the United States first for %j',
    async (query) => {
      const [first] = await search(query);
      expect(first?.entity).toEqual({ name: 'United States', type: 'COUNTRY' });
    },
  );

  it('finds the organization an acronym abbreviates', async () => {
    const [first] = await search('EU');
    expect(first?.entity).toEqual({ name: 'European Union', type: 'ORGANIZATION' });
  });

  it('finds the person, and no quantity, for a surname', async () => {
    const hits = await search('Milei');
    expect(hits[0]?.entity).toEqual({ name: 'Javier Milei', type: 'PERSON' });
    expect(hits.map((hit) => hit.entity.type)).not.toContain('QUANTITY');
  });

  it('still finds quantities and dates when the query has a digit', async () => {
    const hits = await search('93 miles');
    expect(hits[0]?.entity.type).toBe('QUANTITY');
  });

  it('keeps scores higher-is-better and still tolerates typos', async () => {
    const hits = await search('Lukashenka');
    expect(hits[0]?.entity.name).toBe('Alexander Lukashenko');
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
