import { maximumMatching } from '../../../src/eval/bipartite';

describe('maximumMatching', () => {
  it('re-routes an earlier pairing to pair more items than greedy would', () => {
    // Left 0 can take right 0 or 1; left 1 only right 0. Greedy gives 0->0 and leaves 1 unpaired.
    const edges = [[0, 1], [0]];
    const pairs = maximumMatching(2, (left) => edges[left] ?? []);
    expect(pairs.get(0)).toBe(1);
    expect(pairs.get(1)).toBe(0);
  });

  it('pairs each right item at most once', () => {
    const pairs = maximumMatching(3, () => [0]);
    expect(pairs.size).toBe(1);
    expect(pairs.get(0)).toBe(0);
  });

  it('never unpairs a left item that was paired earlier', () => {
    const edges = [[0], [0, 1], [1]];
    const pairs = maximumMatching(3, (left) => edges[left] ?? []);
    expect(pairs.has(0)).toBe(true);
    expect(pairs.has(1)).toBe(true);
    expect(pairs.has(2)).toBe(false);
  });
});
