/**
 * Figures the fault and fuzz suites measure: printed by every run, and appended as one JSON line to
 * NEWSGRAPH_SOAK_REPORT when set (scripts/soak.ts reads them back and prints the summary).
 */
import { appendFileSync } from 'node:fs';

export interface SuiteFigures {
  suite: string;
  operations: number;
  /** How many answers carried each error code (or HTTP status, when there was no GraphQL body). */
  codes: Record<string, number>;
  latenciesMs?: number[];
  [figure: string]: unknown;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function reportFigures(figures: SuiteFigures): void {
  const { latenciesMs = [], ...rest } = figures;
  const line = {
    ...rest,
    ...(latenciesMs.length === 0
      ? {}
      : {
          p50Ms: Math.round(percentile(latenciesMs, 50)),
          p99Ms: Math.round(percentile(latenciesMs, 99)),
          maxMs: Math.round(Math.max(...latenciesMs)),
        }),
  };
  process.stderr.write(`[${figures.suite}] ${JSON.stringify(line)}\n`);
  const file = process.env.NEWSGRAPH_SOAK_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export function count(codes: Record<string, number>, code: string): void {
  codes[code] = (codes[code] ?? 0) + 1;
}

/** A positive integer from the environment, or the default. */
export function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
