import {
  compareSides,
  describeDifferences,
  firstDifference,
  roundFloats,
} from '../../../bench/api/equivalence';

describe('roundFloats', () => {
  it('rounds non-integer numbers at any depth and leaves integers, strings and nulls alone', () => {
    expect(roundFloats({ a: [0.1234567891, 3], b: { c: 'x', d: null, e: 2.5 } }, 6)).toEqual({
      a: [0.123457, 3],
      b: { c: 'x', d: null, e: 2.5 },
    });
  });
});

describe('firstDifference', () => {
  it('finds no difference between answers that differ only beyond the rounding or in key order', () => {
    expect(
      firstDifference({ score: 2.25995445, id: 'a' }, { id: 'a', score: 2.2599544525146484 }),
    ).toBeNull();
  });

  it('names the path, the expected and the actual value of the first difference', () => {
    const expected = [{ id: 'a', relations: [{ predicate: 'VISITS', object: 'Mexico' }] }];
    const actual = [{ id: 'a', relations: [{ predicate: 'VISITS', object: 'Texas' }] }];
    expect(firstDifference(expected, actual)).toEqual({
      path: '$[0].relations[0].object',
      expected: 'Mexico',
      actual: 'Texas',
    });
  });

  it('reports a missing or extra item as a length difference and a missing key as undefined', () => {
    expect(firstDifference([1, 2], [1, 2, 3])).toEqual({ path: '$.length', expected: 2, actual: 3 });
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toEqual({
      path: '$.b',
      expected: undefined,
      actual: 2,
    });
  });

  it('does not equate an empty list with null, nor a number with its string', () => {
    expect(firstDifference([], null)).not.toBeNull();
    expect(firstDifference({ count: 3 }, { count: '3' })).not.toBeNull();
  });
});

describe('compareSides', () => {
  it('compares ours and the peer with the Cypher answer and says which side differs', () => {
    const report = compareSides({ cypher: [{ n: 1 }], ours: [{ n: 1 }], peer: [{ n: 2 }] });
    expect(report.equivalent).toBe(false);
    expect(report.differences.ours).toBeNull();
    expect(describeDifferences(report)).toEqual(['peer differs from cypher at $[0].n: expected 1, got 2']);
  });

  it('is equivalent when every side that answered agrees, a side that did not answer being left out', () => {
    const report = compareSides({
      cypher: [{ start: '2025-01-06', count: 3 }],
      peer: [{ start: '2025-01-06', count: 3 }],
    });
    expect(report).toEqual({ equivalent: true, differences: { peer: null } });
  });

  it('needs the Cypher answer, the reference', () => {
    expect(() => compareSides({ ours: 1, peer: 1 })).toThrow(/reference/);
  });
});
