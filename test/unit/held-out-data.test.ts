/**
 * Held-out data stays held out: no sentence of CoNLL04 dev and no passage of a news-dev article is quoted
 * in the code, tests or documents (issue 12). Rules and tests are written from CoNLL04 train and from
 * sentences of our own. The datasets are not shipped: each check runs only where ../shared has them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { CONLL04_DEV_FILE, CONLL04_DIR, loadConll04 } from '../../src/eval/conll04';
import type { ConllRecord } from '../../src/eval/conll04-record';
import { quotationsIn, repositoryTextFiles, RunIndex, wordsOf } from '../helpers/quoted-runs';

// Reading both datasets and every file of the repository takes seconds on a busy machine.
jest.setTimeout(60_000);

const NEWS_DEV_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'datasets', 'news-dev');
const CONLL04_TRAIN_FILE = path.join(CONLL04_DIR, 'conll04_train.json');

/** Everything of ours a quotation could hide in. */
const SCANNED = [
  'src',
  'test',
  'docs',
  'bench',
  'examples',
  'cypher',
  'schema',
  'samples',
  'README.md',
  'Dockerfile',
  'docker-compose.yml',
];

/** A long run is a quotation whatever it holds. */
const LONG_RUN = 8;
/** A short run is one when it holds a name that train never mentions ("X, a native of <dev town>"). */
const SHORT_RUN = 4;

function words(record: ConllRecord): string[] {
  return wordsOf(record.tokens.join(' ')).map((w) => w.word);
}

/** The words of each token, so that token spans (gold entities) map to word positions. */
function wordSpans(record: ConllRecord): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let next = 0;
  for (const token of record.tokens) {
    const count = wordsOf(token).length;
    spans.push({ start: next, end: next + count });
    next += count;
  }
  return spans;
}

function conll04DevIndexes(): RunIndex[] {
  const dev = loadConll04(CONLL04_DEV_FILE);
  const train = ` ${loadConll04(CONLL04_TRAIN_FILE)
    .map(words)
    .map((w) => w.join(' '))
    .join(' | ')} `;
  const long = new RunIndex(LONG_RUN);
  const short = new RunIndex(SHORT_RUN);
  dev.forEach((record, index) => {
    const text = record.tokens.join(' ');
    const origin = `CoNLL04 dev sentence ${index}`;
    long.add(text, origin);
    const spans = wordSpans(record);
    const all = words(record);
    // Word positions of the gold names that never occur in train.
    const unseen = new Set<number>();
    for (const entity of record.entities) {
      const start = spans[entity.start]!.start;
      const end = spans[entity.end - 1]!.end;
      const name = all.slice(start, end).join(' ');
      if (name.length > 3 && !train.includes(` ${name} `)) for (let i = start; i < end; i++) unseen.add(i);
    }
    short.add(text, origin, (from, to) => {
      for (let i = from; i < to; i++) if (unseen.has(i)) return true;
      return false;
    });
  });
  return [long, short];
}

function newsDevIndex(): RunIndex {
  const index = new RunIndex(LONG_RUN);
  for (const file of readdirSync(NEWS_DEV_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    index.add(readFileSync(path.join(NEWS_DEV_DIR, file), 'utf8'), `news-dev ${file}`);
  return index;
}

const files = repositoryTextFiles(PROJECT_ROOT, SCANNED);

describe('held-out data', () => {
  it('scans the code, tests and documents', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'src/extract/README.md']));
    expect(files.some((file) => file.startsWith('test/unit/extract/'))).toBe(true);
  });

  const withConll04 = existsSync(CONLL04_DEV_FILE) && existsSync(CONLL04_TRAIN_FILE) ? it : it.skip;
  withConll04('quotes no CoNLL04 dev sentence (skipped: ../shared/datasets/conll04 not found)', () => {
    const indexes = conll04DevIndexes();
    expect(indexes.every((index) => index.size > 1000)).toBe(true);
    const quotations = indexes.flatMap((index) => quotationsIn(PROJECT_ROOT, files, index));
    expect(quotations).toEqual([]);
  });

  const withNewsDev = existsSync(NEWS_DEV_DIR) ? it : it.skip;
  withNewsDev('quotes no news-dev article (skipped: ../shared/datasets/news-dev not found)', () => {
    const index = newsDevIndex();
    expect(index.size).toBeGreaterThan(1000);
    expect(quotationsIn(PROJECT_ROOT, files, index)).toEqual([]);
  });
});
