/**
 * The analysts' arguments (issue 14): what is refused and why (BAD_USER_INPUT naming the argument),
 * how filters become the reader's parameters and index seeks, and what the cost estimate charges.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { checkBuckets } from '../../../src/api/analytics/analytics.service';
import { dayRange, daysBetween, optionalDay } from '../../../src/api/common/days';
import { entityFilter, positionKey, positionOf } from '../../../src/api/entity/entity-filter';
import { relationFilter } from '../../../src/api/relation/relation.service';
import { buildApiSchema } from '../../../src/api/schema';
import { CYPHER_DIR } from '../../../src/graph/cypher';
import {
  ENTITY_ORDER_KEYS,
  entityPageStatement,
  entitySeek,
  type EntityFilter,
} from '../../../src/graph/read';
import { ENTITY_LABELS, ENTITY_TYPES } from '../../../src/vocabulary';

/** The error a call throws: its message and extensions, or a failure when it does not throw. */
function refusal(call: () => unknown): { message: string; code: unknown; argument: unknown } {
  try {
    call();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, code: extensions.code, argument: extensions.argument };
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('days and ranges', () => {
  test('YYYY-MM-DD of a real day; blank is none', () => {
    expect(optionalDay('2024-02-29', 'from')).toBe('2024-02-29');
    expect(optionalDay(' 2022-03-01 ', 'from')).toBe('2022-03-01');
    expect(optionalDay('', 'from')).toBeNull();
    expect(optionalDay(undefined, 'from')).toBeNull();
  });

  test.each(['2023-02-29', '2022-13-01', '2022-3-1', '01/03/2022', '2022-03-01T10:00:00Z', 'today'])(
    '%s is refused, naming the argument',
    (value) => {
      expect(refusal(() => optionalDay(value, 'to'))).toEqual({
        message: expect.stringContaining('"to" must be a day written YYYY-MM-DD'),
        code: 'BAD_USER_INPUT',
        argument: 'to',
      });
    },
  );

  test('from after to is refused; the same day is a range', () => {
    expect(dayRange('2022-03-01', '2022-03-01')).toEqual({ from: '2022-03-01', to: '2022-03-01' });
    expect(refusal(() => dayRange('2022-03-02', '2022-03-01'))).toMatchObject({
      message: '"from" (2022-03-02) is after "to" (2022-03-01).',
      argument: 'from',
    });
    expect(daysBetween('2022-02-28', '2022-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  test('a timeline range holds at most 400 buckets, counted in days or in Monday weeks', () => {
    expect(() => checkBuckets('2022-01-01', '2023-02-04', 'DAY')).not.toThrow(); // 400 days
    expect(refusal(() => checkBuckets('2022-01-01', '2023-02-05', 'DAY')).message).toContain(
      'spans 401 days',
    );
    expect(refusal(() => checkBuckets('2022-01-01', '2023-02-05', 'DAY')).message).toContain('or use WEEK');
    // 2024-01-01 is a Monday: 400 weeks end on Sunday 2031-08-31.
    expect(() => checkBuckets('2024-01-01', '2031-08-31', 'WEEK')).not.toThrow();
    expect(refusal(() => checkBuckets('2024-01-01', '2031-09-01', 'WEEK')).message).toContain(
      'spans 401 weeks',
    );
    // A Sunday start touches the week before: 2 weeks for two days.
    expect(() => checkBuckets('2023-12-31', '2024-01-01', 'WEEK')).not.toThrow();
  });
});

describe('RelationWhere', () => {
  test('nothing given: no filter', () => {
    expect(relationFilter(null)).toEqual({
      predicates: null,
      subjectId: null,
      objectId: null,
      articleId: null,
      minConfidence: null,
      maxConfidence: null,
      from: null,
      to: null,
      negated: null,
      modality: null,
      sourceId: null,
    });
  });

  test('predicates upper-cased and deduplicated; with predicate, both must hold', () => {
    expect(relationFilter({ predicates: ['sanctions', 'SANCTIONS', 'Borders'] }).predicates).toEqual([
      'SANCTIONS',
      'BORDERS',
    ]);
    expect(relationFilter({ predicate: 'borders', predicates: ['SANCTIONS', 'BORDERS'] }).predicates).toEqual(
      ['BORDERS'],
    );
    expect(relationFilter({ predicate: 'borders', predicates: ['SANCTIONS'] }).predicates).toEqual([]);
    expect(relationFilter({ predicate: 'borders' }).predicates).toEqual(['BORDERS']);
    expect(relationFilter({ predicates: [] }).predicates).toEqual([]);
  });

  test('a predicate that is no relationship type, or a blank one, is refused', () => {
    expect(refusal(() => relationFilter({ predicates: ['SANCTIONS', 'x) DETACH DELETE (n'] }))).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        argument: 'predicate',
      },
    );
    expect(refusal(() => relationFilter({ predicates: [' '] }))).toMatchObject({ argument: 'predicates' });
  });

  test('confidence bounds within 0..1 and in order', () => {
    expect(relationFilter({ minConfidence: 0, maxConfidence: 1 })).toMatchObject({
      minConfidence: 0,
      maxConfidence: 1,
    });
    for (const value of [-0.01, 1.01, Number.NaN]) {
      expect(refusal(() => relationFilter({ maxConfidence: value }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'maxConfidence',
      });
    }
    expect(refusal(() => relationFilter({ minConfidence: 0.7, maxConfidence: 0.3 }))).toMatchObject({
      message: '"minConfidence" (0.7) is greater than "maxConfidence" (0.3).',
    });
  });

  test('dates checked, modality lower-cased, negated and source passed on', () => {
    expect(
      relationFilter({
        from: '2022-02-28',
        to: '2022-03-09',
        modality: ' MAY ',
        negated: false,
        sourceId: 'p:x',
      }),
    ).toMatchObject({
      from: '2022-02-28',
      to: '2022-03-09',
      modality: 'may',
      negated: false,
      sourceId: 'p:x',
    });
    expect(refusal(() => relationFilter({ to: '2022-02-30' }))).toMatchObject({ argument: 'to' });
  });
});

describe('EntityWhere', () => {
  test('type and types: both must hold; namePrefix lower-cased', () => {
    expect(entityFilter({ types: ['PERSON', 'COUNTRY', 'PERSON'] }).types).toEqual(['PERSON', 'COUNTRY']);
    expect(entityFilter({ type: 'PERSON' }).types).toEqual(['PERSON']);
    expect(entityFilter({ type: 'CITY', types: ['PERSON'] }).types).toEqual([]);
    expect(entityFilter({ namePrefix: ' Bel ' }).namePrefix).toBe('bel');
    expect(entityFilter(undefined)).toEqual({
      types: null,
      namePrefix: null,
      nameContains: null,
      articleId: null,
      minMentions: null,
      maxMentions: null,
    });
  });

  test('mention bounds are whole, not negative, and in order', () => {
    expect(entityFilter({ minMentions: 0, maxMentions: 0 })).toMatchObject({
      minMentions: 0,
      maxMentions: 0,
    });
    expect(refusal(() => entityFilter({ minMentions: -1 }))).toMatchObject({ argument: 'minMentions' });
    expect(refusal(() => entityFilter({ maxMentions: 2.5 }))).toMatchObject({ argument: 'maxMentions' });
    expect(refusal(() => entityFilter({ minMentions: 3, maxMentions: 2 }))).toMatchObject({
      message: '"minMentions" (3) is greater than "maxMentions" (2).',
    });
  });

  test('nameContains: trimmed, and refused with a line break (names and aliases are indexed one per line)', () => {
    expect(entityFilter({ nameContains: '  Minsk ' })).toMatchObject({ nameContains: 'Minsk' });
    expect(refusal(() => entityFilter({ nameContains: 'Minsk\nBelarus' }))).toMatchObject({
      argument: 'where.nameContains',
    });
  });
});

describe('entity pages: statements, seeks and cursors', () => {
  const none: EntityFilter = entityFilter(null);

  test('every order has its own statement file, and each reads its index with a hint', () => {
    const files = ENTITY_ORDER_KEYS.map((order) => entityPageStatement(order));
    expect(new Set(files).size).toBe(ENTITY_ORDER_KEYS.length);
    for (const order of ENTITY_ORDER_KEYS) {
      const text = readFileSync(path.join(CYPHER_DIR, `${entityPageStatement(order)}.cypher`), 'utf8');
      const property = /USING INDEX e:Entity\((\w+)\)/.exec(text)?.[1];
      expect(property).toBeDefined();
      expect(text).toContain(`ORDER BY e.${property} ${order.endsWith('_DESC') ? 'DESC' : 'ASC'}`);
    }
  });

  test('the seek: the filter bounds the sorted property, the cursor narrows it in the sort direction', () => {
    expect(entitySeek('MENTION_COUNT_DESC', none, null, 21)).toEqual({
      low: 0,
      high: Number.MAX_SAFE_INTEGER,
      after: null,
      limit: 21,
    });
    const ranged = entityFilter({ minMentions: 2, maxMentions: 9 });
    const after = { value: 5, nameKey: 'belarus', id: 'country:belarus' };
    expect(entitySeek('MENTION_COUNT_DESC', ranged, after, 3)).toMatchObject({ low: 2, high: 5, after });
    expect(entitySeek('MENTION_COUNT_ASC', ranged, after, 3)).toMatchObject({ low: 5, high: 9 });
    const prefixed = entityFilter({ namePrefix: 'Be' });
    expect(entitySeek('NAME_ASC', prefixed, null, 3)).toMatchObject({ low: 'be', high: 'be\uffff' });
    expect(
      entitySeek('NAME_DESC', prefixed, { value: 'belarus', nameKey: 'belarus', id: 'x' }, 3),
    ).toMatchObject({
      low: 'be',
      high: 'belarus',
    });
    // The prefix bounds only the name orders' seek (the others filter on it).
    expect(entitySeek('FIRST_SEEN_ASC', prefixed, null, 3)).toMatchObject({ low: '', high: '\uffff' });
  });

  test('a cursor key round-trips; one of another shape is BAD_USER_INPUT', () => {
    const row = { id: 'country:belarus', value: 5, nameKey: 'belarus' };
    expect(positionOf('MENTION_COUNT_DESC', positionKey(row))).toEqual({
      value: 5,
      nameKey: 'belarus',
      id: 'country:belarus',
    });
    expect(positionOf('NAME_ASC', null)).toBeNull();
    // A name order's key in a mention order, an old-style key, a key that is not JSON.
    for (const key of [positionKey({ ...row, value: 'belarus' }), 'belarus\u0001country:belarus', '[1,2']) {
      expect(refusal(() => positionOf('MENTION_COUNT_DESC', key))).toMatchObject({ argument: 'after' });
    }
  });
});

test('entity-type-counts.cypher counts exactly the vocabulary types, each by its label', () => {
  const text = readFileSync(path.join(CYPHER_DIR, 'read/entity-type-counts.cypher'), 'utf8');
  const lines = [...text.matchAll(/\{type: '([A-Z]+)', count: COUNT \{ \(:(\w+)\) \}\}/g)].map((m) => [
    m[1],
    m[2],
  ]);
  expect(lines).toEqual(ENTITY_TYPES.map((type) => [type, ENTITY_LABELS[type]]));
});

describe('the cost estimate counts the new queries', () => {
  const cost = (query: string) =>
    getComplexity({
      schema: buildApiSchema(),
      query: parse(query),
      variables: {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });

  test('a timeline as its 400 buckets, co-occurrences by first, type counts by the 11 types', () => {
    expect(cost('{ timeline { start count } }')).toBe(1 + 400 * 2);
    expect(cost('{ coOccurring(entityId: "x", first: 100) { articleCount } }')).toBe(1 + 100 * 1);
    expect(cost('{ coOccurring(entityId: "x") { articleCount } }')).toBe(1 + 10 * 1);
    expect(cost('{ entityTypeCounts { type count } }')).toBe(1 + 11 * 2);
  });
});
