/**
 * The figures the write path keeps for the analysts' queries (write/entity-stats.cypher,
 * write/article-facts.cypher) follow every write: a new article, a replaced text, a deletion; and a graph
 * written before they existed gets them at start (applySchema). Expected values are counted by hand from
 * the texts below.
 */
import type { GraphDatabase } from '../../../src/graph/database';
import { deleteArticle, ingestArticle } from '../../../src/graph/ingest';
import { applySchema } from '../../../src/graph/schema';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { tableExtractor, type EntitySpec } from '../../unit/graph/extraction-builder';

jest.setTimeout(60_000);

const US: EntitySpec = { id: 'us', name: 'United States', type: 'COUNTRY' };
const BELARUS: EntitySpec = { id: 'by', name: 'Belarus', type: 'COUNTRY' };
// Belarus 2, United States 1; two facts.
const OLD = 'The United States sanctions Belarus. Belarus protests.';
// Belarus 1, United States 2; one fact.
const NEW = 'The United States sanctions Belarus, says the United States.';
// Belarus 1; no fact.
const LATER = 'Belarus is quiet.';
const extract = tableExtractor([
  [
    OLD,
    [US, BELARUS],
    [
      { subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0 },
      { subject: 'by', predicate: 'PROTESTS', object: 'us', sentence: 1 },
    ],
  ],
  [NEW, [US, BELARUS], [{ subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0 }]],
  [LATER, [BELARUS], []],
]);

let db: GraphDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
beforeEach(() => clearDatabase(db));
afterAll(() => clearAndClose(db));

async function figures() {
  return db.read<{
    name: string;
    nameKey: string;
    mentionCount: number;
    firstSeen: string;
    lastSeen: string;
  }>(
    `MATCH (e:Entity) RETURN e.name AS name, e.nameKey AS nameKey, e.mentionCount AS mentionCount,
       e.firstSeen AS firstSeen, e.lastSeen AS lastSeen ORDER BY name`,
  );
}

async function factPredicates() {
  return db.read<{ id: string; predicates: string[] | null }>(
    'MATCH (a:Article) RETURN a.id AS id, a.factPredicates AS predicates ORDER BY id',
  );
}

test('a new article, a later one, a replaced text and a deletion each leave the right figures', async () => {
  await ingestArticle(db, { id: 'a', text: OLD, date: '2022-03-01' }, { extract });
  expect(await figures()).toEqual([
    { name: 'Belarus', nameKey: 'belarus', mentionCount: 2, firstSeen: '2022-03-01', lastSeen: '2022-03-01' },
    {
      name: 'United States',
      nameKey: 'united states',
      mentionCount: 1,
      firstSeen: '2022-03-01',
      lastSeen: '2022-03-01',
    },
  ]);
  expect(await factPredicates()).toEqual([{ id: 'a', predicates: ['PROTESTS', 'SANCTIONS'] }]);

  // An earlier article about Belarus only: Belarus's first seen moves back, the United States' stays.
  await ingestArticle(db, { id: 'b', text: LATER, date: '2022-02-01' }, { extract });
  expect((await figures()).map((row) => [row.name, row.mentionCount, row.firstSeen, row.lastSeen])).toEqual([
    ['Belarus', 3, '2022-02-01', '2022-03-01'],
    ['United States', 1, '2022-03-01', '2022-03-01'],
  ]);
  expect(await factPredicates()).toEqual([
    { id: 'a', predicates: ['PROTESTS', 'SANCTIONS'] },
    { id: 'b', predicates: [] },
  ]);

  // a's text replaced, and dated later.
  await ingestArticle(db, { id: 'a', text: NEW, date: '2022-04-01' }, { extract });
  expect((await figures()).map((row) => [row.name, row.mentionCount, row.firstSeen, row.lastSeen])).toEqual([
    ['Belarus', 2, '2022-02-01', '2022-04-01'],
    ['United States', 2, '2022-04-01', '2022-04-01'],
  ]);
  expect((await factPredicates())[0]).toEqual({ id: 'a', predicates: ['SANCTIONS'] });

  // a deleted: the United States goes with it, Belarus keeps only b.
  await deleteArticle(db, 'a');
  expect((await figures()).map((row) => [row.name, row.mentionCount, row.firstSeen, row.lastSeen])).toEqual([
    ['Belarus', 1, '2022-02-01', '2022-02-01'],
  ]);
});

test('a graph written before the figures existed gets them at its next start (applySchema)', async () => {
  await ingestArticle(db, { id: 'a', text: OLD, date: '2022-03-01' }, { extract });
  await ingestArticle(db, { id: 'b', text: LATER }, { extract });
  const written = await figures();
  const [b] = await db.read<{ day: string }>(
    "MATCH (a:Article {id: 'b'}) RETURN left(toString(a.ingestedAt), 10) AS day",
  );
  // An undated article counts on the day it was ingested.
  expect(written.find((row) => row.name === 'Belarus')?.lastSeen).toBe(b?.day);
  const factDays = () =>
    db.read<{ predicate: string; day: string | null }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS predicate, r.publishedAt AS day ORDER BY predicate',
    );
  // A fact carries its article's publication day; an undated article's facts have none.
  expect(await factDays()).toEqual([
    { predicate: 'PROTESTS', day: '2022-03-01' },
    { predicate: 'SANCTIONS', day: '2022-03-01' },
  ]);
  await db.write(
    `MATCH (e:Entity) REMOVE e.nameKey, e.mentionCount, e.firstSeen, e.lastSeen
     WITH count(*) AS entities
     MATCH (a:Article) REMOVE a.factPredicates, a.factsDated
     WITH count(*) AS articles
     MATCH (:Entity)-[r]->(:Entity) REMOVE r.publishedAt`,
  );
  expect((await figures()).every((row) => row.mentionCount === null)).toBe(true);
  expect((await factDays()).every((row) => row.day === null)).toBe(true);

  await applySchema(db);
  expect(await figures()).toEqual(written);
  expect(await factDays()).toEqual([
    { predicate: 'PROTESTS', day: '2022-03-01' },
    { predicate: 'SANCTIONS', day: '2022-03-01' },
  ]);
  expect(await factPredicates()).toEqual([
    { id: 'a', predicates: ['PROTESTS', 'SANCTIONS'] },
    { id: 'b', predicates: [] },
  ]);
});
