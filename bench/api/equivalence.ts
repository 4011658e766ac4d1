/**
 * Answer equivalence of bench:api, pure: each side's answer is first mapped to one canonical shape by its
 * query's normaliser (queries.ts); here floats are rounded (Lucene scores and noisy-or confidences travel
 * as JSON doubles from three different code paths) and the canonical answers are compared, reporting the
 * first place where they differ, so a mismatch says what to look at instead of only "different".
 */

/** Decimal places kept of a non-integer number before comparing. */
export const FLOAT_DIGITS = 6;

/** The value with every non-integer number rounded to `digits` places; key order does not matter later. */
export function roundFloats(value: unknown, digits: number = FLOAT_DIGITS): unknown {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value;
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
  }
  if (Array.isArray(value)) return value.map((item) => roundFloats(item, digits));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, roundFloats(item, digits)]),
    );
  }
  return value;
}

export interface Difference {
  /** Where, e.g. `$[3].relations[0].object`. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** The first difference between two canonical answers (floats rounded first), or null when they agree. */
export function firstDifference(
  expected: unknown,
  actual: unknown,
  digits: number = FLOAT_DIGITS,
): Difference | null {
  return differenceAt('$', roundFloats(expected, digits), roundFloats(actual, digits));
}

function differenceAt(path: string, expected: unknown, actual: unknown): Difference | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
      if (index >= expected.length || index >= actual.length) {
        return { path: `${path}.length`, expected: expected.length, actual: actual.length };
      }
      const found = differenceAt(`${path}[${index}]`, expected[index], actual[index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const found = differenceAt(`${path}.${key}`, expected[key], actual[key]);
      if (found !== null) return found;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path, expected, actual };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type SideName = 'ours' | 'peer' | 'cypher';

export interface EquivalenceReport {
  /** True when every side that answered agrees with the reference (the Cypher side). */
  readonly equivalent: boolean;
  /** Per side other than the reference: its first difference from it, or null. */
  readonly differences: Partial<Record<SideName, Difference | null>>;
}

/**
 * Compares the canonical answers of the sides that answered with the hand-written Cypher's, the
 * reference: the statement a person wrote for exactly this answer.
 */
export function compareSides(answers: Partial<Record<SideName, unknown>>): EquivalenceReport {
  if (!('cypher' in answers))
    throw new Error('compareSides: the Cypher side is the reference and must answer');
  const differences: Partial<Record<SideName, Difference | null>> = {};
  for (const side of ['ours', 'peer'] as const) {
    if (side in answers) differences[side] = firstDifference(answers.cypher, answers[side]);
  }
  return {
    equivalent: Object.values(differences).every((difference) => difference === null),
    differences,
  };
}

/** One line per differing side, for the report. */
export function describeDifferences(report: EquivalenceReport): string[] {
  return Object.entries(report.differences).flatMap(([side, difference]) =>
    difference === null || difference === undefined
      ? []
      : [
          `${side} differs from cypher at ${difference.path}: expected ${clip(difference.expected)}, got ${clip(difference.actual)}`,
        ],
  );
}

function clip(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
