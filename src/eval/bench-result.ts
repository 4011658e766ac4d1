/**
 * The extraction benchmark's result file (written by bench/extract.ts, committed, quoted by the README).
 * `newsgraph eval` reads it to print the speed bars beside the quality bars; it does not time anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const BENCH_RESULT_FILE = path.join(PROJECT_ROOT, 'bench', 'results', 'extract.json');

export interface BenchSummary {
  readonly measuredAt: string;
  readonly corpus: string;
  readonly corpusBytes: number;
  /** MB (10^6 bytes) per CPU-second on the one pinned core. */
  readonly medianMBps: number;
  readonly medianWallClockMBps?: number;
  readonly peakRssMB: number;
}

function isSummary(value: unknown): value is BenchSummary {
  const v = value as Partial<BenchSummary> | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof v.measuredAt === 'string' &&
    typeof v.corpus === 'string' &&
    typeof v.corpusBytes === 'number' &&
    typeof v.medianMBps === 'number' &&
    typeof v.peakRssMB === 'number'
  );
}

/** null when the benchmark has not been run (or its file is not in the expected shape). */
export function readBenchSummary(file: string = BENCH_RESULT_FILE): BenchSummary | null {
  if (!existsSync(file)) return null;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return isSummary(value) ? value : null;
  } catch {
    return null;
  }
}
