import { checkArticle } from '../../../src/graph/article-input';
import {
  factId,
  factRows,
  isFactType,
  mentionRows,
  prepareArticle,
  storedAttributes,
} from '../../../src/graph/article-rows';
import { buildExtraction } from './extraction-builder';

const TEXT = 'The United States sanctions Belarus. The US warned Belarus.';

function prepared(predicates: string[]) {
  const extraction = buildExtraction(
    TEXT,
    [
      { id: 'us', name: 'United States', type: 'COUNTRY' },
      { id: 'us2', name: 'US', type: 'COUNTRY' },
      { id: 'by', name: 'Belarus', type: 'COUNTRY' },
    ],
    predicates.map((predicate, i) => ({ subject: 'us', predicate, object: 'by', sentence: i % 2 })),
  );
  return prepareArticle(checkArticle({ id: 'a', text: TEXT }), extraction);
}

describe('isFactType', () => {
  it.each(['SANCTIONS', 'RULED_BY', 'HOLDS_TITLE2'])('accepts %s', (type) =>
    expect(isFactType(type)).toBe(true),
  );
  it.each(['sanctions', 'MENTIONS', 'X`]->() DETACH DELETE n //', 'SANCTIONS ', '', '_X', 'ÜBER'])(
    'refuses %j',
    (type) => expect(isFactType(type)).toBe(false),
  );
});

describe('prepareArticle', () => {
  it('keys entities by article and leaves out relations whose predicate is no safe type', () => {
    const article = prepared(['SANCTIONS', 'WARNS', 'DROP`', 'MENTIONS']);
    expect(article.candidates.map((candidate) => candidate.ref)).toEqual(['a/us', 'a/us2', 'a/by']);
    expect(article.facts.map((fact) => fact.predicate)).toEqual(['SANCTIONS', 'WARNS']);
    expect(article.skippedRelations).toBe(2);
  });

  it('takes the evidence and its offsets from the sentence', () => {
    const [fact] = prepared(['SANCTIONS']).facts;
    expect(fact).toMatchObject({
      sentenceIndex: 0,
      evidence: 'The United States sanctions Belarus.',
      start: 0,
      end: 36,
    });
  });
});

describe('rows after resolution', () => {
  const sameEntity = (ref: string) =>
    ref === 'a/us2'
      ? 'country:united-states'
      : ref.replace('a/us', 'country:united-states').replace('a/by', 'country:belarus');

  it('pools the spans (in text order), names, forms and attributes of two refs that resolved to one entity', () => {
    const rows = mentionRows(prepared([]), sameEntity);
    expect(rows).toEqual([
      {
        articleId: 'a',
        entityId: 'country:united-states',
        count: 2,
        spans: ['4-17', '41-43'],
        forms: ['US', 'United States'],
        names: ['US', 'United States'],
        attributes: '{}',
        speaker: false,
      },
      {
        articleId: 'a',
        entityId: 'country:belarus',
        count: 2,
        spans: ['28-35', '51-58'],
        forms: ['Belarus'],
        names: ['Belarus'],
        attributes: '{}',
        speaker: false,
      },
    ]);
  });

  it('marks the MENTIONS of an entity the article names as the source of a fact', () => {
    const extraction = buildExtraction(
      TEXT,
      [
        { id: 'us', name: 'United States', type: 'COUNTRY' },
        { id: 'us2', name: 'US', type: 'COUNTRY' },
        { id: 'by', name: 'Belarus', type: 'COUNTRY' },
      ],
      [{ subject: 'by', predicate: 'WARNS', object: 'us2', sentence: 1, attributedTo: 'us' }],
    );
    const rows = mentionRows(prepareArticle(checkArticle({ id: 'a', text: TEXT }), extraction), sameEntity);
    expect(rows.map((row) => [row.entityId, row.speaker])).toEqual([
      ['country:united-states', true],
      ['country:belarus', false],
    ]);
  });

  it('writes one fact per subject, predicate, object and sentence, with a stable id', () => {
    const rows = factRows(prepared(['SANCTIONS', 'SANCTIONS', 'SANCTIONS']), sameEntity);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.properties).toMatchObject({
      id: factId('a/us', 'SANCTIONS', 'a/by', 'a', 0),
      articleId: 'a',
      sentenceIndex: 0,
      negated: false,
      modality: null,
    });
    expect(factId('s', 'P', 'o', 'a', 1)).not.toBe(factId('s', 'P', 'o', 'a', 2));
  });

  it("gives each fact its article's publication day, null for an undated article", () => {
    const dated = buildExtraction(
      TEXT,
      [
        { id: 'us', name: 'United States', type: 'COUNTRY' },
        { id: 'by', name: 'Belarus', type: 'COUNTRY' },
      ],
      [{ subject: 'us', predicate: 'SANCTIONS', object: 'by', sentence: 0 }],
    );
    const rowsOf = (date?: string) =>
      factRows(prepareArticle(checkArticle({ id: 'a', text: TEXT, date }), dated), sameEntity);
    expect(rowsOf('2022-02-28').map((row) => row.properties.publishedAt)).toEqual(['2022-02-28']);
    expect(rowsOf().map((row) => row.properties.publishedAt)).toEqual([null]);
  });
});

describe('storedAttributes', () => {
  it('keeps scalars and string lists, and renames reserved property names', () => {
    expect(
      storedAttributes({ title: 'President', id: 'x', count: 3, tags: ['a'], nested: [1] as never }),
    ).toEqual({
      title: 'President',
      attribute_id: 'x',
      count: 3,
      tags: ['a'],
    });
  });
});
