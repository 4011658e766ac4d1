/**
 * When things go wrong: a transaction that fails midway leaves nothing behind and the same ingest then
 * succeeds; a Neo4j that does not answer gives an error naming its URI.
 */
import { ErrorCode } from '../../../src/errors';
import { GraphDatabase } from '../../../src/graph/database';
import { ingestArticle } from '../../../src/graph/ingest';
import { applySchema } from '../../../src/graph/schema';
import { clearAndClose, clearDatabase, openTestDatabase } from '../../helpers/database';
import { tableExtractor } from '../../unit/graph/extraction-builder';
import { graphState } from './graph-state';

jest.setTimeout(60_000);

const TEXT = 'The United States sanctions Belarus. Belarus borders Ukraine.';
const TEXT_2 = 'The United States sanctions Russia.';
const extract = tableExtractor([
  [
    TEXT,
    [
      { id: 'us', name: 'United States', type: 'COUNTRY' },
      { id: 'by', name: 'Belarus', type: 'COUNTRY' },
      { id: 'ua', name: 'Ukraine', type: 'COUNTRY' },
    ],
    [
      { subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0 },
      { subject: 'by', predicate: 'BORDERS', object: 'ua', sentence: 1 },
    ],
  ],
  [
    TEXT_2,
    [
      { id: 'us', name: 'United States', type: 'COUNTRY' },
      { id: 'ru', name: 'Russia', type: 'COUNTRY' },
    ],
    [{ subject: 'us', predicate: 'SANCTIONS', object: 'ru', sentence: 0 }],
  ],
]);

describe('a write that fails midway', () => {
  let db: GraphDatabase;
  let failing: GraphDatabase;
  let armed = false;
  beforeAll(async () => {
    db = openTestDatabase();
    // Fails the transaction after entities and MENTIONS are written, just before the facts.
    failing = openTestDatabase({
      onQuery: (statement) => {
        if (armed && statement.includes('CREATE (s)-[r:$(row.predicate)]->(o)'))
          throw new Error('connection lost');
      },
    });
    await clearDatabase(db);
    await applySchema(db);
  });
  beforeEach(async () => {
    armed = false;
    await clearDatabase(db);
  });
  afterAll(async () => {
    await failing.close();
    await clearAndClose(db);
  });

  it('leaves no partial article, and the same ingest succeeds afterwards', async () => {
    armed = true;
    await expect(ingestArticle(failing, { id: 'a', text: TEXT }, { extract })).rejects.toThrow(
      'connection lost',
    );
    expect(await graphState(db)).toEqual({ nodes: [], relationships: [] });
    armed = false;
    await expect(ingestArticle(failing, { id: 'a', text: TEXT }, { extract })).resolves.toMatchObject({
      status: 'new',
      relations: 2,
    });
  });

  it('keeps the previous version of a replaced article whole', async () => {
    await ingestArticle(db, { id: 'a', text: TEXT }, { extract });
    const before = await graphState(db);
    armed = true;
    await expect(ingestArticle(failing, { id: 'a', text: TEXT_2 }, { extract })).rejects.toThrow(
      'connection lost',
    );
    expect(await graphState(db)).toEqual(before);
    armed = false;
    await expect(ingestArticle(failing, { id: 'a', text: TEXT_2 }, { extract })).resolves.toMatchObject({
      status: 'replaced',
    });
  });
});

describe('a Neo4j that does not answer', () => {
  const uri = 'bolt://127.0.0.1:1';

  it('is a DATABASE_UNAVAILABLE error naming the URI, and nothing is written', async () => {
    const down = GraphDatabase.connect(
      { uri, user: 'neo4j', password: 'password', database: 'neo4j' },
      { queryTimeoutMs: 1000 },
    );
    try {
      const failure = await ingestArticle(down, { id: 'a', text: TEXT }, { extract }).catch(
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: ErrorCode.DATABASE_UNAVAILABLE });
      expect((failure as Error).message).toContain(uri);
    } finally {
      await down.close();
    }
  });
});
