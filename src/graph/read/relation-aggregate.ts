/**
 * A relation is the aggregate of its facts (one per sentence that states it). Its confidence is the
 * noisy-or of theirs, 1 - Π(1 - c): independent sentences that agree make a fact more certain, and one
 * sentence alone keeps its own confidence. cypher/read/relations-page.cypher filters on the same formula.
 * Its date is the latest date a fact carries.
 */
import type { FactRow } from './rows';

export function noisyOr(confidences: readonly number[]): number {
  const doubt = confidences.reduce((product, c) => product * (1 - clamp01(c)), 1);
  return 1 - doubt;
}

export function latestDate(facts: readonly FactRow[]): string | null {
  let latest: string | null = null;
  for (const fact of facts) {
    if (fact.date !== null && (latest === null || fact.date > latest)) latest = fact.date;
  }
  return latest;
}

/** Evidence in reading order: by article, then sentence, then offset. */
export function sortFacts(facts: readonly FactRow[]): FactRow[] {
  return [...facts].sort(
    (a, b) =>
      compare(a.articleId, b.articleId) ||
      a.sentenceIndex - b.sentenceIndex ||
      (a.start ?? 0) - (b.start ?? 0),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
