/**
 * Parallel ingests of articles that share entities, in every spelling the resolution knows: no entity is
 * created twice and no fact is lost. Each round starts from an empty graph, so races are met afresh.
 */
import type { GraphDatabase } from '../../../src/graph/database';
import { deleteArticle, ingestArticle } from '../../../src/graph/ingest';
import { ingestSources } from '../../../src/ingest/ingest-run';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { tableExtractor, type EntitySpec, type RelationSpec } from '../../unit/graph/extraction-builder';
import { countOf, predicateCounts, staleEntityFigures } from './graph-state';

jest.setTimeout(120_000);

const ROUNDS = 4;

/** Article i names Blinken and the United States in one of two forms, and someone of its own. */
function article(i: number): [string, EntitySpec[], RelationSpec[]] {
  const full = i % 2 === 0;
  const blinken = full ? 'Antony Blinken' : 'Blinken';
  const us = i % 3 === 0 ? 'US' : 'United States';
  const text = `${blinken} said the ${us} sanctions Belarus. ${blinken} met Envoy${i} in Town${i}. The ${us} warned Russia.`;
  const entities: EntitySpec[] = [
    { id: 'p', name: blinken, type: 'PERSON', aliases: full ? ['Blinken'] : [] },
    { id: 'us', name: us, type: 'COUNTRY', aliases: us === 'US' ? [] : ['US'] },
    { id: 'by', name: 'Belarus', type: 'COUNTRY' },
    { id: 'ru', name: 'Russia', type: 'COUNTRY' },
    { id: 'envoy', name: `Envoy${i}`, type: 'PERSON' },
    { id: 'town', name: `Town${i}`, type: 'CITY' },
  ];
  const facts: RelationSpec[] = [
    { subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0 },
    { subject: 'p', predicate: 'MEETS', object: 'envoy', sentence: 1 },
    { subject: 'us', predicate: 'WARNS', object: 'ru', sentence: 2 },
  ];
  return [text, entities, facts];
}

const articles = Array.from({ length: 16 }, (_, i) => article(i));
const extract = tableExtractor(articles);

describe('concurrent ingest', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openEmptyTestDatabase();
  });
  afterAll(() => clearAndClose(db));

  async function expectOneOfEach(articleCount: number) {
    expect(await countOf(db, '(e:Person) WHERE e.name IN ["Antony Blinken", "Blinken"]')).toBe(1);
    expect(await countOf(db, '(e:Country) WHERE e.name IN ["United States", "US"]')).toBe(1);
    expect(await countOf(db, '(e:Country {name: "Belarus"})')).toBe(1);
    expect(await countOf(db, '(e:Country {name: "Russia"})')).toBe(1);
    expect(await countOf(db, '(e:Entity)')).toBe(4 + 2 * articleCount);
    expect(await countOf(db, '(:Country)-[:SANCTIONS]->(:Country {name: "Belarus"})')).toBe(articleCount);
    expect(await countOf(db, '(:Entity)-[r]->(:Entity)')).toBe(3 * articleCount);
    expect(await countOf(db, '(:Article)-[:MENTIONS]->(:Entity)')).toBe(6 * articleCount);
    // Every key points at an entity that exists.
    expect(await countOf(db, '(k:EntityKey) WHERE NOT EXISTS { MATCH (e:Entity {id: k.entityId}) }')).toBe(0);
    // What the write path keeps for the reads (relations per predicate, each entity's figures) is exact.
    const [kept, recounted] = await predicateCounts(db);
    expect(kept).toEqual(recounted);
    expect(await staleEntityFigures(db)).toEqual([]);
  }

  it('8 parallel ingests create each shared entity once and keep every fact', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearDatabase(db);
      const batch = articles.slice(0, 8);
      const outcomes = await Promise.all(
        batch.map(([text], i) => ingestArticle(db, { id: `a${i}`, text }, { extract })),
      );
      expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(8).fill('new'));
      await expectOneOfEach(8);
      const [blinken] = await db.read<{ name: string }>(
        'MATCH (e:Person) WHERE e.id STARTS WITH "person:" AND e.name CONTAINS "Blinken" RETURN e.name AS name',
      );
      expect(blinken?.name).toBe('Antony Blinken');
    }
  });

  it('the runner with --concurrency 8 lands all 16 articles, and a second run changes nothing', async () => {
    await clearDatabase(db);
    const items = articles.map(([text], i) => ({ origin: `article-${i}`, input: { id: `a${i}`, text } }));
    const first = await ingestSources(db, items, { concurrency: 8, extract });
    expect(first).toMatchObject({ new: 16, failed: 0, relations: 48 });
    await expectOneOfEach(16);
    const second = await ingestSources(db, items, { concurrency: 8, extract });
    expect(second).toMatchObject({ new: 0, unchanged: 16, failed: 0, relations: 0 });
    await expectOneOfEach(16);
  });

  it('deleting articles while others that share their entities land loses nothing', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearDatabase(db);
      await Promise.all(
        articles.slice(0, 8).map(([text], i) => ingestArticle(db, { id: `a${i}`, text }, { extract })),
      );
      await Promise.all([
        ...articles.slice(0, 8).map((_, i) => deleteArticle(db, `a${i}`)),
        ...articles.slice(8).map(([text], i) => ingestArticle(db, { id: `a${i + 8}`, text }, { extract })),
      ]);
      await expectOneOfEach(8);
      expect(await countOf(db, '(a:Article)')).toBe(8);
    }
  });
});
