/**
 * Maximum bipartite matching (Kuhn's augmenting paths). Scoring pairs each gold item with at most one
 * predicted item, so a duplicate prediction cannot be counted twice; gold items are offered in order,
 * and an augmenting path never unmatches an item, so listing the required gold first maximizes the
 * required matches.
 */
export function maximumMatching(
  leftCount: number,
  edges: (left: number) => readonly number[],
): Map<number, number> {
  const rightToLeft = new Map<number, number>();

  const augment = (left: number, seen: Set<number>): boolean => {
    for (const right of edges(left)) {
      if (seen.has(right)) continue;
      seen.add(right);
      const owner = rightToLeft.get(right);
      if (owner === undefined || augment(owner, seen)) {
        rightToLeft.set(right, left);
        return true;
      }
    }
    return false;
  };

  for (let left = 0; left < leftCount; left++) augment(left, new Set());
  const leftToRight = new Map<number, number>();
  for (const [right, left] of rightToLeft) leftToRight.set(left, right);
  return leftToRight;
}
