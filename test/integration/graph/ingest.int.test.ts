/**
 * The write path against the real Neo4j: the model, idempotency, replacement, cross-article resolution
 * and deletion, with hand-made extractions (the extractor is tested on its own).
 */
import { ErrorCode } from '../../../src/errors';
import type { GraphDatabase } from '../../../src/graph/database';
import { deleteArticle, ingestArticle } from '../../../src/graph/ingest';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { tableExtractor, type EntitySpec, type RelationSpec } from '../../unit/graph/extraction-builder';
import { countOf, entitiesNamed, graphState } from './graph-state';

const BLINKEN: EntitySpec = {
  id: 'e1',
  name: 'Antony Blinken',
  type: 'PERSON',
  aliases: ['Blinken'],
  attributes: { title: 'Secretary of State' },
};
const US: EntitySpec = { id: 'e2', name: 'United States', type: 'COUNTRY', aliases: ['US'] };
const BELARUS: EntitySpec = { id: 'e3', name: 'Belarus', type: 'COUNTRY' };
const MINSK: EntitySpec = { id: 'e4', name: 'Minsk', type: 'CITY' };
const UKRAINE: EntitySpec = { id: 'e5', name: 'Ukraine', type: 'COUNTRY' };

const TEXT_A =
  'Secretary of State Antony Blinken said the United States will close the US embassy in Minsk. ' +
  'The United States sanctions Belarus. Belarus borders Ukraine.';
const FACTS_A: RelationSpec[] = [
  { subject: 'e1', predicate: 'STATES', object: 'e2', sentence: 0 },
  { subject: 'e2', predicate: 'SANCTIONS', object: 'e3', sentence: 1 },
  { subject: 'e3', predicate: 'BORDERS', object: 'e5', sentence: 2 },
];
const TEXT_A2 = 'The United States sanctions Belarus. Minsk is the capital of Belarus.';
const FACTS_A2: RelationSpec[] = [
  { subject: 'e2', predicate: 'SANCTIONS', object: 'e3', sentence: 0 },
  { subject: 'e4', predicate: 'LOCATED_IN', object: 'e3', sentence: 1 },
];
const TEXT_B = 'Blinken met Vladimir Zelensky in Kiev. The US sanctions Belarus. Vladimir Putin warned Kyiv.';
const ENTITIES_B: EntitySpec[] = [
  { id: 'b1', name: 'Blinken', type: 'PERSON' },
  { id: 'b2', name: 'Vladimir Zelensky', type: 'PERSON', aliases: ['Zelensky'] },
  { id: 'b3', name: 'Kyiv', type: 'CITY', aliases: ['Kiev'] },
  { id: 'b4', name: 'US', type: 'COUNTRY' },
  { id: 'b5', name: 'Belarus', type: 'COUNTRY' },
  { id: 'b6', name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin'] },
];
const FACTS_B: RelationSpec[] = [
  { subject: 'b1', predicate: 'MEETS', object: 'b2', sentence: 0 },
  { subject: 'b4', predicate: 'SANCTIONS', object: 'b5', sentence: 1 },
  { subject: 'b6', predicate: 'WARNS', object: 'b3', sentence: 2 },
];

const extract = tableExtractor([
  [TEXT_A, [BLINKEN, US, BELARUS, MINSK, UKRAINE], FACTS_A],
  [TEXT_A2, [US, BELARUS, MINSK], FACTS_A2],
  [TEXT_B, ENTITIES_B, FACTS_B],
]);

jest.setTimeout(30_000);

describe('ingest into Neo4j', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openEmptyTestDatabase();
  });
  beforeEach(() => clearDatabase(db));
  afterAll(() => clearAndClose(db));

  it('writes the model: typed entities, facts as typed relationships with provenance, MENTIONS', async () => {
    const outcome = await ingestArticle(
      db,
      { id: 'a', title: 'Embassy', text: TEXT_A, date: '2022-02-28' },
      { extract },
    );
    expect(outcome).toMatchObject({
      articleId: 'a',
      status: 'new',
      entities: 5,
      relations: 3,
      entitiesCreated: 5,
    });

    const [article] = await db.read<{ a: Record<string, unknown> }>(
      'MATCH (a:Article {id: "a"}) RETURN properties(a) AS a',
    );
    expect(article?.a).toMatchObject({
      id: 'a',
      title: 'Embassy',
      publishedAt: '2022-02-28',
      text: TEXT_A,
      listKey: '2022-02-28\u0001a', // Query.articles' order, indexed
    });
    expect(article?.a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(String(article?.a.ingestedAt))).not.toBeNaN();

    const [blinken] = await db.read<{ e: Record<string, unknown>; labels: string[] }>(
      'MATCH (e:Entity {name: "Antony Blinken"}) RETURN properties(e) AS e, labels(e) AS labels',
    );
    expect(blinken?.labels.sort()).toEqual(['Entity', 'Person']);
    expect(blinken?.e).toEqual({
      id: 'person:antony-blinken',
      name: 'Antony Blinken',
      type: 'PERSON',
      aliases: ['Blinken'],
      title: 'Secretary of State',
      attributeKeys: ['title'],
      // Kept at write time for the analysts' sorts and filters (entity-stats.cypher).
      nameKey: 'antony blinken',
      searchKey: 'antony blinken\nblinken', // name and aliases, for nameContains (a text index)
      mentionCount: 2,
      firstSeen: '2022-02-28',
      lastSeen: '2022-02-28',
    });

    const [fact] = await db.read<{ r: Record<string, unknown> }>(
      'MATCH (:Country {name: "United States"})-[r:SANCTIONS]->(:Country {name: "Belarus"}) RETURN properties(r) AS r',
    );
    const sentence = 'The United States sanctions Belarus.';
    expect(fact?.r).toMatchObject({
      articleId: 'a',
      sentenceIndex: 1,
      evidence: sentence,
      negated: false,
      confidence: 0.9,
    });
    expect(TEXT_A.slice(Number(fact?.r.start), Number(fact?.r.end))).toBe(sentence);
    expect(fact?.r.id).toMatch(/^[0-9a-f]{32}$/);

    const [mention] = await db.read<{ count: number; spans: string[] }>(
      'MATCH (:Article {id: "a"})-[m:MENTIONS]->(:Entity {name: "United States"}) RETURN m.count AS count, m.spans AS spans',
    );
    expect(mention?.count).toBe(3);
    expect(mention?.spans.map((span) => TEXT_A.slice(...span.split('-').map(Number)))).toEqual([
      'United States',
      'US',
      'United States',
    ]);
  });

  it('changes nothing when the same article comes again', async () => {
    await ingestArticle(db, { id: 'a', text: TEXT_A }, { extract });
    await ingestArticle(db, { id: 'b', text: TEXT_B }, { extract });
    const before = await graphState(db);
    const again = await ingestArticle(db, { id: 'a', text: TEXT_A }, { extract });
    expect(again).toMatchObject({ status: 'unchanged', entities: 0, relations: 0 });
    expect(await graphState(db)).toEqual(before);
  });

  it('reads the same text again when its date changes: the date resolves the dates in it', async () => {
    await ingestArticle(db, { id: 'a', text: TEXT_A, date: '2022-02-28' }, { extract });
    const again = await ingestArticle(db, { id: 'a', text: TEXT_A, date: '2022-03-01' }, { extract });
    expect(again.status).toBe('replaced');
    const [article] = await db.read<{ publishedAt: string }>(
      'MATCH (a:Article {id: "a"}) RETURN a.publishedAt AS publishedAt',
    );
    expect(article).toEqual({ publishedAt: '2022-03-01' });
    const unchanged = await ingestArticle(db, { id: 'a', text: TEXT_A, date: '2022-03-01' }, { extract });
    expect(unchanged.status).toBe('unchanged');
  });

  it('replaces the facts of a changed text under the same id, and drops what only it supported', async () => {
    await ingestArticle(db, { id: 'a', text: TEXT_A, url: 'https://example.com/a' }, { extract });
    const outcome = await ingestArticle(db, { id: 'a', text: TEXT_A2 }, { extract });
    expect(outcome).toMatchObject({ status: 'replaced', entities: 3, relations: 2 });
    const facts = await db.read<{ type: string }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type ORDER BY type',
    );
    expect(facts.map((row) => row.type)).toEqual(['LOCATED_IN', 'SANCTIONS']);
    expect(await entitiesNamed(db, 'Antony Blinken')).toEqual([]);
    expect(await entitiesNamed(db, 'Ukraine')).toEqual([]);
    expect(await countOf(db, '(k:EntityKey {key: "person|blinken"})')).toBe(0);
    const [article] = await db.read<{ text: string; url: string | null }>(
      'MATCH (a:Article {id: "a"}) RETURN a.text AS text, a.url AS url',
    );
    expect(article).toEqual({ text: TEXT_A2, url: null });
  });

  it('resolves entities across articles by name or alias, within compatible types', async () => {
    await ingestArticle(db, { id: 'a', text: TEXT_A }, { extract });
    const outcome = await ingestArticle(db, { id: 'b', text: TEXT_B }, { extract });
    expect(outcome.entitiesCreated).toBe(3); // Zelensky, Kyiv, Putin; Blinken, US and Belarus join

    expect(await entitiesNamed(db, 'Antony Blinken')).toEqual([
      { id: 'person:antony-blinken', labels: ['Entity', 'Person'], aliases: ['Blinken'], type: 'PERSON' },
    ]);
    expect(await countOf(db, '(e:Entity {name: "Blinken"})')).toBe(0);
    expect(await countOf(db, '(e:Entity {name: "US"})')).toBe(0);
    expect(
      await countOf(db, '(:Country {name: "United States"})-[:SANCTIONS]->(:Country {name: "Belarus"})'),
    ).toBe(2);
    expect(await countOf(db, '(:Article)-[:MENTIONS]->(:Entity {name: "Belarus"})')).toBe(2);
    // Two Vladimirs stay two people.
    expect(await countOf(db, '(e:Person) WHERE e.name STARTS WITH "Vladimir"')).toBe(2);
  });

  it('lets aliases accumulate and gives a one-word person the full name found later', async () => {
    await ingestArticle(db, { id: 'b', text: TEXT_B }, { extract });
    await ingestArticle(db, { id: 'a', text: TEXT_A }, { extract });
    // The id follows the name, whichever article came first.
    expect(await entitiesNamed(db, 'Antony Blinken')).toEqual([
      { id: 'person:antony-blinken', labels: ['Entity', 'Person'], aliases: ['Blinken'], type: 'PERSON' },
    ]);
    // One article each says "US" and "United States": the longer name wins, in either order.
    const [us] = await entitiesNamed(db, 'United States');
    expect(us?.aliases).toEqual(['US']);
  });

  it('finds values (dates, money, quantities) again by their value', async () => {
    const first = 'Sanctions start on 2022-03-01. They cost $5 billion.';
    const second = 'On 2022-03-01, $5 billion was frozen.';
    const values: EntitySpec[] = [
      { id: 'd', name: '2022-03-01', type: 'DATE' },
      { id: 'm', name: '$5 billion', type: 'MONEY', aliases: [] },
    ];
    const local = tableExtractor([
      [first, values, []],
      [second, [values[0] as EntitySpec, { ...(values[1] as EntitySpec), aliases: ['$5 billion'] }], []],
    ]);
    expect(await ingestArticle(db, { id: 'v1', text: first }, { extract: local })).toMatchObject({
      entitiesCreated: 2,
    });
    expect(await ingestArticle(db, { id: 'v2', text: second }, { extract: local })).toMatchObject({
      entitiesCreated: 0,
    });
    expect(await countOf(db, '(e:Entity)')).toBe(2);
    expect(await countOf(db, '(:Article)-[:MENTIONS]->(:Date {id: "date:2022-03-01"})')).toBe(2);
    expect(await countOf(db, '(k:EntityKey)')).toBe(0);
  });

  it('never merges types of different families, nor persons who share only a surname', async () => {
    const text = 'Georgia signed. Georgia Power signed. George W. Bush and George H. W. Bush met Bush.';
    const local = tableExtractor([
      [
        text,
        [
          { id: 'g1', name: 'Georgia', type: 'COUNTRY' },
          { id: 'g2', name: 'Georgia', type: 'ORGANIZATION' },
        ],
        [],
      ],
      [text + ' ', [{ id: 'p1', name: 'George W. Bush', type: 'PERSON', aliases: ['Bush'] }], []],
      [text + '  ', [{ id: 'p2', name: 'George H. W. Bush', type: 'PERSON', aliases: ['Bush'] }], []],
    ]);
    await ingestArticle(db, { id: 'g', text }, { extract: local });
    await ingestArticle(db, { id: 'p1', text: text + ' ' }, { extract: local });
    await ingestArticle(db, { id: 'p2', text: text + '  ' }, { extract: local });
    expect((await entitiesNamed(db, 'Georgia')).map((e) => e.type)).toEqual(['COUNTRY', 'ORGANIZATION']);
    expect(await countOf(db, '(e:Person) WHERE e.name CONTAINS "Bush"')).toBe(2);
  });

  it('deletes an article with its facts and the entities only it mentioned; shared facts stay', async () => {
    await ingestArticle(db, { id: 'a', text: TEXT_A }, { extract });
    await ingestArticle(db, { id: 'b', text: TEXT_B }, { extract });
    const result = await deleteArticle(db, 'b');
    expect(result).toEqual({ deleted: true, relationsRemoved: 3, entitiesRemoved: 3 });
    expect(await countOf(db, '(:Article {id: "b"})')).toBe(0);
    expect(
      await countOf(db, '(e:Entity) WHERE e.name IN ["Vladimir Zelensky", "Kyiv", "Vladimir Putin"]'),
    ).toBe(0);
    expect(
      await countOf(db, '(k:EntityKey) WHERE k.key IN ["place|kyiv", "place|kiev", "person|putin"]'),
    ).toBe(0);
    expect(
      await countOf(db, '(:Country {name: "United States"})-[r:SANCTIONS {articleId: "a"}]->(:Country)'),
    ).toBe(1);
    expect(await countOf(db, '()-[r {articleId: "b"}]->()')).toBe(0);
    expect(await deleteArticle(db, 'b')).toEqual({ deleted: false, relationsRemoved: 0, entitiesRemoved: 0 });
    await deleteArticle(db, 'a');
    expect(await countOf(db, '(n)')).toBe(0);
  });

  it('takes back the aliases and keys only a retracted article brought', async () => {
    const textC = 'The USA and the United States of America are one country. The USA sanctions Belarus.';
    const usC: EntitySpec = {
      id: 'c1',
      name: 'United States',
      type: 'COUNTRY',
      aliases: ['USA', 'United States of America'],
    };
    const withC = tableExtractor([
      [TEXT_A, [BLINKEN, US, BELARUS, MINSK, UKRAINE], FACTS_A],
      [textC, [usC, BELARUS], [{ subject: 'c1', predicate: 'SANCTIONS', object: 'e3', sentence: 1 }]],
    ]);
    await ingestArticle(db, { id: 'a', text: TEXT_A }, { extract: withC });
    const before = await graphState(db);
    await ingestArticle(db, { id: 'c', text: textC }, { extract: withC });
    const [merged] = await entitiesNamed(db, 'United States');
    expect(merged?.aliases).toEqual(['US', 'USA', 'United States of America']);
    expect(await countOf(db, '(k:EntityKey {key: "country|usa"})')).toBe(1);

    await deleteArticle(db, 'c');
    const [after] = await entitiesNamed(db, 'United States');
    expect(after?.aliases).toEqual(['US']);
    expect(
      await countOf(db, '(k:EntityKey) WHERE k.key IN ["country|usa", "country|united states of america"]'),
    ).toBe(0);
    expect(await graphState(db)).toEqual(before);
  });

  it('keeps the aliases a replaced article still brings, and drops the ones it no longer does', async () => {
    const text1 = 'Kiev, also written Kyiv, was shelled.';
    const text2 = 'Kyiv was shelled again.';
    const versions = tableExtractor([
      [text1, [{ id: 'k', name: 'Kyiv', type: 'CITY', aliases: ['Kiev'] }], []],
      [text2, [{ id: 'k', name: 'Kyiv', type: 'CITY' }], []],
    ]);
    await ingestArticle(db, { id: 'k', text: text1 }, { extract: versions });
    expect((await entitiesNamed(db, 'Kyiv'))[0]?.aliases).toEqual(['Kiev']);
    await ingestArticle(db, { id: 'k', text: text2 }, { extract: versions });
    expect((await entitiesNamed(db, 'Kyiv'))[0]?.aliases).toEqual([]);
    expect(await countOf(db, '(k:EntityKey {key: "place|kiev"})')).toBe(0);
    expect(await countOf(db, '(k:EntityKey {key: "place|kyiv"})')).toBe(1);
  });

  it('refuses empty, binary and oversized text with BAD_USER_INPUT and writes nothing', async () => {
    for (const text of ['', '   \n', 'abc\u0000def', 'x'.repeat(101)]) {
      await expect(ingestArticle(db, { text }, { extract, maxArticleBytes: 100 })).rejects.toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
      });
    }
    expect(await countOf(db, '(n)')).toBe(0);
  });
});
