/**
 * Issue 13, items 5-9: the graph does not depend on the order or timing of ingest. The same articles
 * ingested one by one or eight at a time, or in several orders, give one whole-graph digest; deleting an
 * article takes back what it said of an entity; amounts are keyed by value; article ids have their own
 * namespace at every entry point.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ErrorCode } from '../../../src/errors';
import type { GraphDatabase } from '../../../src/graph/database';
import { defaultExtractor } from '../../../src/graph/extractor';
import { deleteArticle, ingestArticle } from '../../../src/graph/ingest';
import { ingestPaths, ingestSources } from '../../../src/ingest/ingest-run';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { memoizedExtractor } from '../../helpers/memoized-extractor';
import { tableExtractor, type EntitySpec, type RelationSpec } from '../../unit/graph/extraction-builder';
import { countOf, graphDigest } from './graph-state';

jest.setTimeout(300_000);

const GOLD = path.join(__dirname, '..', '..', 'fixtures', 'gold');
const ROLES = ['director', 'minister', 'Secretary', 'Ms'];

/** Article i names four shared people, each with a role that depends on the article, and one of its own. */
function attributed(i: number): [string, EntitySpec[], RelationSpec[]] {
  const people = ['Ann Lee', 'Bo Chan', 'Cy Diaz', 'Di Eze'];
  const text = `${people.join(', ')} and Guest${i} met in Town.`;
  const entities: EntitySpec[] = people.map((name, k) => ({
    id: `p${k}`,
    name,
    type: 'PERSON',
    attributes: { role: ROLES[(i + k) % ROLES.length] as string, ...(i % 3 === k ? { age: 40 + k } : {}) },
  }));
  entities.push({ id: 'g', name: `Guest${i}`, type: 'PERSON', attributes: { role: 'guest' } });
  // Names that resolution renames (a one-word person) and merges (an acronym met before its full name).
  const federation = 'International Association of Athletics Federations';
  entities.push(
    i % 2 === 0
      ? { id: 'b', name: 'Blinken', type: 'PERSON' }
      : { id: 'b', name: 'Antony Blinken', type: 'PERSON', aliases: ['Blinken'] },
    [
      { id: 'o', name: 'IAAF', type: 'ORGANIZATION' as const },
      { id: 'o', name: federation, type: 'ORGANIZATION' as const },
      { id: 'o', name: federation, type: 'ORGANIZATION' as const, aliases: ['IAAF'] },
    ][i % 3] as EntitySpec,
  );
  return [
    `${text} Blinken and the IAAF ${i}.`,
    entities,
    [{ subject: 'b', predicate: 'MEETS', object: 'o', sentence: 1 }],
  ];
}

/** Deterministic shuffles: a linear congruential generator seeded per order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('the graph does not depend on order or timing (issue 13)', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openEmptyTestDatabase();
  });
  afterAll(() => clearAndClose(db));

  it('item 5: concurrency 8 gives the graph concurrency 1 gives, attributes and all', async () => {
    const table = Array.from({ length: 16 }, (_, i) => attributed(i));
    const extract = tableExtractor(table);
    const items = table.map(([text], i) => ({ origin: `a${i}`, input: { id: `a${i}`, text } }));
    await clearDatabase(db);
    expect(await ingestSources(db, items, { concurrency: 1, extract })).toMatchObject({ new: 16, failed: 0 });
    const sequential = await graphDigest(db);
    const [ann] = await db.read<{ role: unknown }>(
      'MATCH (e:Person {name: "Ann Lee"}) RETURN e.role AS role',
    );
    expect(ann?.role).toEqual([...ROLES].sort());
    expect(await countOf(db, '(e:Organization)')).toBe(1);
    expect(await countOf(db, '(e:Person {id: "person:antony-blinken"})')).toBe(1);
    for (let round = 0; round < 3; round += 1) {
      await clearDatabase(db);
      const order = shuffled(items, round + 1);
      expect(await ingestSources(db, order, { concurrency: 8, extract })).toMatchObject({
        new: 16,
        failed: 0,
      });
      expect(await graphDigest(db)).toBe(sequential);
    }
  });

  it('item 6: the SOTU passages in four orders, one by one or four at a time, give one graph (fast analyzer)', async () => {
    const texts = goldTexts();
    const extractor = memoizedExtractor(await defaultExtractor());
    const digests = new Set<string>();
    for (const seed of [0, 1, 2, 3]) {
      await clearDatabase(db);
      const order = seed === 0 ? texts : shuffled(texts, seed);
      const items = order.map(({ id, text, date }) => ({ origin: id, input: { id, text, date } }));
      const summary = await ingestSources(db, items, {
        concurrency: seed % 2 === 0 ? 1 : 4,
        extract: extractor,
      });
      expect(summary).toMatchObject({ new: texts.length, failed: 0 });
      expect(await countOf(db, '(:Article)-[:MENTIONS]->(:Entity)')).toBeGreaterThan(100);
      digests.add(await graphDigest(db));
    }
    expect(digests.size).toBe(1);
  });

  it('item 6: an attribute is the union of what the articles say, in any order', async () => {
    const one: [string, EntitySpec[], []] = [
      'Ms Ann Lee spoke.',
      [{ id: 'p', name: 'Ann Lee', type: 'PERSON', attributes: { title: 'Ms' } }],
      [],
    ];
    const two: [string, EntitySpec[], []] = [
      'Secretary Ann Lee spoke.',
      [{ id: 'p', name: 'Ann Lee', type: 'PERSON', attributes: { title: ['Ms', 'Secretary'] } }],
      [],
    ];
    const extract = tableExtractor([one, two]);
    const titles = [];
    for (const order of [
      [one, two],
      [two, one],
    ]) {
      await clearDatabase(db);
      for (const [text] of order) await ingestArticle(db, { id: text.slice(0, 2), text }, { extract });
      const [row] = await db.read<{ title: unknown }>('MATCH (e:Person) RETURN e.title AS title');
      titles.push(row?.title);
    }
    expect(titles).toEqual([
      ['Ms', 'Secretary'],
      ['Ms', 'Secretary'],
    ]);
  });

  it('item 6: an entity and its facts get the same ids whichever article named it first', async () => {
    const short: [string, EntitySpec[], RelationSpec[]] = [
      'Blinken warned Russia.',
      [
        { id: 'p', name: 'Blinken', type: 'PERSON' },
        { id: 'r', name: 'Russia', type: 'COUNTRY' },
      ],
      [{ subject: 'p', predicate: 'WARNS', object: 'r' }],
    ];
    const full: [string, EntitySpec[], RelationSpec[]] = [
      'Antony Blinken met Lavrov.',
      [
        { id: 'p', name: 'Antony Blinken', type: 'PERSON', aliases: ['Blinken'] },
        { id: 'l', name: 'Lavrov', type: 'PERSON' },
      ],
      [{ subject: 'p', predicate: 'MEETS', object: 'l' }],
    ];
    const extract = tableExtractor([short, full]);
    const digests = [];
    for (const order of [
      [short, full],
      [full, short],
    ]) {
      await clearDatabase(db);
      for (const [text] of order) await ingestArticle(db, { id: text.slice(0, 5), text }, { extract });
      expect(await countOf(db, '(e:Person {id: "person:antony-blinken", name: "Antony Blinken"})')).toBe(1);
      expect(await countOf(db, '(k:EntityKey) WHERE NOT EXISTS { MATCH (:Entity {id: k.entityId}) }')).toBe(
        0,
      );
      digests.push(await graphDigest(db));
    }
    expect(digests[1]).toBe(digests[0]);
    // The article that made "Blinken" a person of his own goes: its facts go, the full name stays.
    expect((await deleteArticle(db, 'Anton')).deleted).toBe(true);
    expect(await countOf(db, '(e:Person {id: "person:blinken", name: "Blinken"})')).toBe(1);
    expect(await countOf(db, '(k:EntityKey) WHERE NOT EXISTS { MATCH (:Entity {id: k.entityId}) }')).toBe(0);
  });

  it('item 6: an organisation known by its acronym is one node whichever article linked the two names', async () => {
    const long = 'International Association of Athletics Federations';
    const acronym: [string, EntitySpec[], RelationSpec[]] = [
      'The IAAF banned Russia.',
      [
        { id: 'o', name: 'IAAF', type: 'ORGANIZATION' },
        { id: 'r', name: 'Russia', type: 'COUNTRY' },
      ],
      [{ subject: 'o', predicate: 'BANS', object: 'r' }],
    ];
    const both: [string, EntitySpec[], RelationSpec[]] = [
      `The ${long} (IAAF) met.`,
      [{ id: 'o', name: long, type: 'ORGANIZATION', aliases: ['IAAF'] }],
      [],
    ];
    const named: [string, EntitySpec[], RelationSpec[]] = [
      `The ${long} fined Kenya.`,
      [
        { id: 'o', name: long, type: 'ORGANIZATION' },
        { id: 'k', name: 'Kenya', type: 'COUNTRY' },
      ],
      [{ subject: 'o', predicate: 'FINES', object: 'k' }],
    ];
    const extract = tableExtractor([acronym, both, named]);
    const digests = new Set<string>();
    for (const order of [
      [acronym, both, named],
      [named, acronym, both],
      [both, named, acronym],
    ]) {
      await clearDatabase(db);
      for (const [text] of order) await ingestArticle(db, { id: text.slice(-10, -1), text }, { extract });
      expect(await countOf(db, '(e:Organization)')).toBe(1);
      expect(await countOf(db, '(k:EntityKey) WHERE NOT EXISTS { MATCH (:Entity {id: k.entityId}) }')).toBe(
        0,
      );
      digests.add(await graphDigest(db));
    }
    expect(digests.size).toBe(1);
  });

  it('item 6: a fact keeps its source through the renames and merges of the speaker, in any order', async () => {
    const long = 'International Association of Athletics Federations';
    // "Blinken" (renamed once an article names him in full) and the IAAF (merged into the full name once
    // an article links the two) are the sources of facts of other articles.
    const quoted: [string, EntitySpec[], RelationSpec[]] = [
      'Blinken said Russia armed Syria. The IAAF said Kenya fined Uganda.',
      [
        { id: 'p', name: 'Blinken', type: 'PERSON' },
        { id: 'r', name: 'Russia', type: 'COUNTRY' },
        { id: 's', name: 'Syria', type: 'COUNTRY' },
        { id: 'o', name: 'IAAF', type: 'ORGANIZATION' },
        { id: 'k', name: 'Kenya', type: 'COUNTRY' },
        { id: 'u', name: 'Uganda', type: 'COUNTRY' },
      ],
      [
        { subject: 'r', predicate: 'ARMS', object: 's', attributedTo: 'p' },
        { subject: 'k', predicate: 'FINES', object: 'u', sentence: 1, attributedTo: 'o' },
      ],
    ];
    const named: [string, EntitySpec[], RelationSpec[]] = [
      `Antony Blinken met the ${long}.`,
      [
        { id: 'p', name: 'Antony Blinken', type: 'PERSON', aliases: ['Blinken'] },
        { id: 'o', name: long, type: 'ORGANIZATION' },
      ],
      [{ subject: 'p', predicate: 'MEETS', object: 'o' }],
    ];
    const linked: [string, EntitySpec[], RelationSpec[]] = [
      `The ${long} (IAAF) met.`,
      [{ id: 'o', name: long, type: 'ORGANIZATION', aliases: ['IAAF'] }],
      [],
    ];
    const extract = tableExtractor([quoted, named, linked]);
    const digests = new Set<string>();
    for (const order of [
      [quoted, named, linked],
      [named, linked, quoted],
      [linked, quoted, named],
    ]) {
      await clearDatabase(db);
      for (const [text] of order) await ingestArticle(db, { id: text.slice(0, 9), text }, { extract });
      const sources = await db.read<{ predicate: string; source: string | null }>(
        'MATCH (:Country)-[r]->(:Country) RETURN type(r) AS predicate, r.attributedTo AS source ORDER BY predicate',
      );
      expect(sources).toEqual([
        { predicate: 'ARMS', source: 'person:antony-blinken' },
        { predicate: 'FINES', source: `organization:${long.toLowerCase().replace(/ /g, '-')}` },
      ]);
      // Only the MENTIONS of the speakers, in the article that quotes them, say so.
      const speakers = await db.read<{ article: string; entity: string }>(
        'MATCH (a:Article)-[m:MENTIONS {speaker: true}]->(e) RETURN a.id AS article, e.id AS entity ORDER BY entity',
      );
      expect(speakers).toEqual([
        { article: 'Blinken s', entity: 'organization:international-association-of-athletics-federations' },
        { article: 'Blinken s', entity: 'person:antony-blinken' },
      ]);
      digests.add(await graphDigest(db));
    }
    expect(digests.size).toBe(1);
  });

  it('item 7: deleting or replacing an article takes back the attributes only it gave', async () => {
    const withRole: [string, EntitySpec[], []] = [
      'Director Ann Lee resigned.',
      [{ id: 'p', name: 'Ann Lee', type: 'PERSON', attributes: { role: 'director', age: 51 } }],
      [],
    ];
    const without: [string, EntitySpec[], []] = [
      'Ann Lee spoke.',
      [{ id: 'p', name: 'Ann Lee', type: 'PERSON' }],
      [],
    ];
    const plain: [string, EntitySpec[], []] = [
      'Ann Lee resigned.',
      [{ id: 'p', name: 'Ann Lee', type: 'PERSON' }],
      [],
    ];
    const extract = tableExtractor([withRole, without, plain]);
    await clearDatabase(db);
    await ingestArticle(db, { id: 'b', text: without[0] }, { extract });
    const onlyB = await graphDigest(db);

    await ingestArticle(db, { id: 'a', text: withRole[0] }, { extract });
    expect(await countOf(db, '(e:Person {name: "Ann Lee", role: "director", age: 51})')).toBe(1);
    expect((await deleteArticle(db, 'a')).deleted).toBe(true);
    expect(await countOf(db, '(e:Person) WHERE e.role IS NOT NULL OR e.age IS NOT NULL')).toBe(0);
    expect(await graphDigest(db)).toBe(onlyB);

    await ingestArticle(db, { id: 'a', text: withRole[0] }, { extract });
    await ingestArticle(db, { id: 'a', text: plain[0] }, { extract });
    expect(await countOf(db, '(e:Person) WHERE e.role IS NOT NULL OR e.age IS NOT NULL')).toBe(0);
    const [ann] = await db.read<{ keys: string[] }>('MATCH (e:Person) RETURN e.attributeKeys AS keys');
    expect(ann?.keys).toEqual([]);
  });

  it('item 8: different amounts are different nodes, one amount one node (fast analyzer)', async () => {
    await clearDatabase(db);
    const extract = await defaultExtractor();
    const text =
      'Prices rose 4.5% in May, and turnout reached 45% in June. The club paid £10.6m for the striker. ' +
      'A rival bid $106m for the stadium. A season ticket costs £106.';
    await ingestArticle(db, { id: 'amounts', text }, { extract });
    await ingestArticle(
      db,
      { id: 'again', text: 'Another report said prices rose 4.5% in May.' },
      { extract },
    );
    const values = await db.read<{ id: string; name: string; articles: number }>(
      `MATCH (e:Entity) WHERE e.type IN ["MONEY", "QUANTITY"]
       RETURN e.id AS id, e.name AS name, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles ORDER BY id`,
    );
    expect(values).toEqual([
      { id: 'money:gbp-106', name: '£106', articles: 1 },
      { id: 'money:gbp-10600000', name: '£10.6m', articles: 1 },
      { id: 'money:usd-106000000', name: '$106m', articles: 1 },
      { id: 'quantity:4.5-percent', name: '4.5%', articles: 2 },
      { id: 'quantity:45-percent', name: '45%', articles: 1 },
    ]);
  });

  it('item 9: an article id that names an entity or a relation is refused at every entry point', async () => {
    await clearDatabase(db);
    const extract = tableExtractor([attributed(0)]);
    const [text] = attributed(0);
    for (const id of ['person:tony-blair', 'rel:abc']) {
      await expect(ingestArticle(db, { id, text }, { extract })).rejects.toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
      });
      await expect(deleteArticle(db, id)).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    }
    const lines = ['person:tony-blair', 'rel:abc', 'ok-1']
      .map((id) => JSON.stringify({ id, text }))
      .join('\n');
    const summary = await ingestPaths(db, ['-'], { jsonl: true, stdin: Readable.from([lines]), extract });
    expect(summary).toMatchObject({ new: 1, failed: 2 });
    expect(await countOf(db, '(a:Article)')).toBe(1);
    expect(await countOf(db, '(a:Article {id: "ok-1"})')).toBe(1);
  });
});

function goldTexts(): { id: string; text: string; date: string | undefined }[] {
  return [
    'sotu-1980-carter',
    'sotu-1991-bush',
    'sotu-2002-bush',
    'sotu-2014-obama',
    'sotu-2016-obama',
    'sotu-2021-biden',
  ].map((name) => {
    const gold = JSON.parse(readFileSync(path.join(GOLD, `${name}.gold.json`), 'utf8')) as { date?: string };
    return { id: name, text: readFileSync(path.join(GOLD, `${name}.txt`), 'utf8'), date: gold.date };
  });
}
