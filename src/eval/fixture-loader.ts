/** Reads gold fixtures: each `<name>.gold.json` beside the `<name>.txt` it annotates. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import { parseGoldFixture, type GoldFixture } from './gold-fixture';

export interface LoadedFixture {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldFixture;
}

const GOLD_SUFFIX = '.gold.json';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${file}: not valid JSON: ${(error as Error).message}`);
  }
}

export function loadGoldFixture(dir: string, name: string): LoadedFixture {
  const textFile = path.join(dir, `${name}.txt`);
  if (!existsSync(textFile)) {
    throw new AppError(ErrorCode.NOT_FOUND, `${name}${GOLD_SUFFIX} has no text: ${textFile} is missing`);
  }
  const goldFile = path.join(dir, `${name}${GOLD_SUFFIX}`);
  return { name, text: readFileSync(textFile, 'utf8'), gold: parseGoldFixture(readJson(goldFile), goldFile) };
}

/** All fixtures of a folder, sorted by name so reports are stable. */
export function loadGoldFixtures(dir: string): LoadedFixture[] {
  if (!existsSync(dir)) throw new AppError(ErrorCode.NOT_FOUND, `no gold fixtures: ${dir} does not exist`);
  const names = readdirSync(dir)
    .filter((file) => file.endsWith(GOLD_SUFFIX))
    .map((file) => file.slice(0, -GOLD_SUFFIX.length))
    .sort();
  if (names.length === 0) throw new AppError(ErrorCode.NOT_FOUND, `no *${GOLD_SUFFIX} files in ${dir}`);
  return names.map((name) => loadGoldFixture(dir, name));
}
