import { decodeCursor, encodeCursor } from '../../../src/api/common/cursor';
import { pageRequest } from '../../../src/api/common/pagination';
import {
  isRelationId,
  parseRelationId,
  relationId,
  relationSortKey,
} from '../../../src/api/relation/relation-id';

describe('cursors', () => {
  test('round-trip the sort key of their listing, whatever characters it holds', () => {
    for (const key of ['', 'alexander lukashenko\u0001person:alexander-lukashenko', 'ünïcode “quotes”']) {
      expect(decodeCursor('entities:NAME_ASC', encodeCursor('entities:NAME_ASC', key))).toBe(key);
    }
    expect(decodeCursor('relations', null)).toBeNull();
    expect(decodeCursor('relations', undefined)).toBeNull();
  });

  test('refuse cursors of another listing and anything not made by encodeCursor', () => {
    const other = encodeCursor('relations', 'k');
    expect(() => decodeCursor('articles', other)).toThrow(/another listing/);
    for (const bad of ['', 'not a cursor', Buffer.from('{"a":1}').toString('base64url'), 'x'.repeat(5000)]) {
      expect(() => decodeCursor('articles', bad)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }),
      );
    }
  });

  test('first must be 0..100', () => {
    expect(pageRequest('articles', 0, null)).toEqual({ first: 0, after: null });
    expect(pageRequest('articles', 100, null).first).toBe(100);
    for (const first of [-1, 101, 1.5, Number.NaN]) {
      expect(() => pageRequest('articles', first, null)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }),
      );
    }
  });
});

describe('relation ids', () => {
  const key = {
    subjectId: 'country:belarus',
    predicate: 'RULED_BY',
    objectId: 'person:alexander-lukashenko',
    negated: false,
    modality: null,
  };

  test('encode the relation identity and decode back to it', () => {
    const id = relationId(key);
    expect(isRelationId(id)).toBe(true);
    expect(id).toMatch(/^rel:[A-Za-z0-9_-]+$/);
    expect(parseRelationId(id)).toEqual(key);
    expect(parseRelationId(relationId({ ...key, negated: true, modality: 'may' }))).toEqual({
      ...key,
      negated: true,
      modality: 'may',
    });
  });

  test('other ids, tampered ids and unsafe predicates are not relation ids', () => {
    expect(parseRelationId('person:antony-blinken')).toBeNull();
    expect(parseRelationId('rel:')).toBeNull();
    expect(parseRelationId('rel:%%%')).toBeNull();
    const forged =
      'rel:' +
      Buffer.from(JSON.stringify(['a', 'X`]->() DETACH DELETE', 'b', false, null])).toString('base64url');
    expect(parseRelationId(forged)).toBeNull();
    expect(parseRelationId('rel:' + Buffer.from('[1,2,3]').toString('base64url'))).toBeNull();
  });

  test('the sort key orders by predicate, then subject, then object', () => {
    const a = relationSortKey(key);
    const b = relationSortKey({ ...key, predicate: 'SANCTIONS' });
    const c = relationSortKey({ ...key, subjectId: 'country:russia' });
    expect([b, c, a].sort()).toEqual([a, c, b]);
  });
});
