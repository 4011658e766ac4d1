/**
 * `newsgraph eval conll04`: run the extractor on each CoNLL04 sentence (its tokens joined by spaces),
 * map the result to CoNLL04 records (conll04-predict.ts, conll04-mapping.ts) and score them strictly
 * (conll04-metric.ts). The dataset is not ours to ship: it is read from ../shared/datasets/conll04/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { AppError, ErrorCode } from '../errors';
import { scoreConll04, type Conll04Scores } from './conll04-metric';
import { predictRecord } from './conll04-predict';
import { applySurface } from './conll04-surface';
import { parseConllRecords, type ConllRecord } from './conll04-record';
import type { Extractor } from './extractor';

export const CONLL04_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'datasets', 'conll04');
export const CONLL04_DEV_FILE = path.join(CONLL04_DIR, 'conll04_dev.json');

export interface Conll04Result extends Conll04Scores {
  readonly file: string;
  readonly sentences: number;
  readonly predictions: readonly ConllRecord[];
  /** Entity spans widened to whole tokens (see token-spans.ts). */
  readonly snapped: number;
}

/** The folder that must exist for a CoNLL04 file to be read; absent, callers skip instead of failing. */
export function missingDatasetFolder(file: string): string | null {
  const folder = path.dirname(path.resolve(file));
  return existsSync(folder) ? null : folder;
}

/** "../shared/datasets/conll04" for the default folder; absolute when relative would climb further. */
export function displayPath(target: string): string {
  const relative = path.relative(PROJECT_ROOT, path.resolve(target)) || '.';
  return relative.startsWith(`..${path.sep}..`) ? path.resolve(target) : relative;
}

export function skippedMessage(folder: string): string {
  return `skipped: ${displayPath(folder)} not found`;
}

export function loadConll04(file: string): ConllRecord[] {
  if (!existsSync(file)) throw new AppError(ErrorCode.NOT_FOUND, `CoNLL04 file not found: ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${file}: not valid JSON: ${(error as Error).message}`);
  }
  return parseConllRecords(json, file);
}

export async function evaluateConll04(
  file: string,
  records: readonly ConllRecord[],
  extractor: Extractor,
  options: { readonly surface?: boolean } = {},
): Promise<Conll04Result> {
  const predictions: ConllRecord[] = [];
  let snapped = 0;
  for (const record of records) {
    const prediction = predictRecord(record, await extractor(record.tokens.join(' ')));
    predictions.push(options.surface === true ? applySurface(prediction.record) : prediction.record);
    snapped += prediction.snapped;
  }
  return { file, sentences: records.length, predictions, snapped, ...scoreConll04(records, predictions) };
}

/** One record per line: the input's format, diffable line by line. */
export function formatPredictions(predictions: readonly ConllRecord[]): string {
  return `[\n${predictions.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

export function writePredictions(file: string, predictions: readonly ConllRecord[]): void {
  writeFileSync(file, formatPredictions(predictions));
}
