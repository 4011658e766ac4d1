/**
 * `npm run bench:extract`: article text per second of the extractor on one core (pinned with taskset),
 * after warm-up, on the SOTU corpus; peak memory; and, in the same process, a baseline: wink-nlp splitting
 * the same text into sentences and tokens, the least any extractor built on it must spend. Speed is
 * reported per CPU-second (the speed of that core, even on a shared machine) and by the wall clock.
 * Results go to bench/results/extract.json, which the README and `newsgraph eval` quote.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Extractor } from '../src/eval/extractor';
import { loadSotuCorpus } from './corpus';
import { median, peakRssMB, RssSampler, timePass, type PassResult } from './measure';
import { PROJECT_ROOT as ROOT } from './project';
const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'extract.json');
const PINNED = 'NEWSGRAPH_BENCH_PINNED';
const PASSES = Number(process.env.BENCH_PASSES ?? 5);
const WARMUP_ARTICLES = 200;

/** Re-runs this script under `taskset -c 0` (one core) when taskset exists; returns false if it did. */
function runPinned(): boolean {
  if (process.env[PINNED] !== undefined || !existsSync('/usr/bin/taskset')) return true;
  const child = spawnSync('/usr/bin/taskset', ['-c', '0', process.execPath, __filename], {
    stdio: 'inherit',
    env: { ...process.env, [PINNED]: '1' },
  });
  process.exitCode = child.status ?? 1;
  return false;
}

function loadExtractor(): Extractor {
  const built = path.join(ROOT, 'dist', 'extract', 'index.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(built) as { extract: Extractor }).extract;
}

/** The timing is only right for a synchronous extractor, which is what the contract promises. */
function expectSync(result: unknown): void {
  if (result instanceof Promise)
    throw new Error('extract() returned a Promise: this benchmark times synchronous calls');
}

function tokenizer(): (text: string) => void {
  const nlp = winkNLP(model, ['sbd']);
  return (text) => {
    const doc = nlp.readDoc(text);
    doc.sentences().out();
    doc.tokens().out();
  };
}

const round = (value: number) => Number(value.toFixed(4));

function passes(
  label: string,
  articles: readonly string[],
  bytes: number,
  work: (t: string) => void,
  rss: RssSampler,
) {
  for (const article of articles.slice(0, WARMUP_ARTICLES)) work(article);
  const results: PassResult[] = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    const r = timePass(articles, bytes, work, rss);
    console.log(
      `  ${label} pass ${pass}: ${r.mbPerCpuSecond.toFixed(3)} MB per CPU-second, ` +
        `${r.mbPerSecond.toFixed(3)} MB/s wall clock (${r.seconds.toFixed(1)} s, CPU ${r.cpuSeconds.toFixed(1)} s)`,
    );
    results.push(r);
  }
  return {
    medianMBps: round(median(results.map((r) => r.mbPerCpuSecond))),
    perPassMBps: results.map((r) => round(r.mbPerCpuSecond)),
    medianWallClockMBps: round(median(results.map((r) => r.mbPerSecond))),
    perPassWallClockMBps: results.map((r) => round(r.mbPerSecond)),
  };
}

async function writeResult(result: object): Promise<void> {
  mkdirSync(path.dirname(RESULT_FILE), { recursive: true });
  // Written the way Prettier formats it, so `npm run lint` accepts the committed file. Loaded only
  // here, so that Prettier's memory is not counted in the extractor's.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(RESULT_FILE)) ?? {};
  writeFileSync(RESULT_FILE, await prettier.format(JSON.stringify(result), { ...options, parser: 'json' }));
}

async function main(): Promise<void> {
  const corpus = loadSotuCorpus(ROOT);
  const extract = loadExtractor();
  const megabytes = (corpus.bytes / 1e6).toFixed(2);
  console.log(
    `corpus: ${corpus.name}, ${corpus.articles.length} articles, ${megabytes} MB, ${PASSES} passes`,
  );
  // The extractor runs first, so the peak memory read after it is its own, not the baseline's.
  const extractRss = new RssSampler();
  const sync = (text: string) => expectSync(extract(text));
  const extraction = passes('extract', corpus.articles, corpus.bytes, sync, extractRss);
  const extractPeakRssMB = peakRssMB();
  const baselineRss = new RssSampler();
  const baseline = passes('baseline', corpus.articles, corpus.bytes, tokenizer(), baselineRss);
  const result = {
    measuredAt: new Date().toISOString().slice(0, 10),
    corpus: corpus.name,
    corpusBytes: corpus.bytes,
    articles: corpus.articles.length,
    passes: PASSES,
    warmupArticles: WARMUP_ARTICLES,
    unit: 'MB = 10^6 bytes of UTF-8 text; medianMBps is per CPU-second on the one pinned core',
    ...extraction,
    peakRssMB: round(extractPeakRssMB),
    peakRssSampledDuringExtractMB: round(extractRss.peakBytes / 1e6),
    peakRssWholeRunMB: round(peakRssMB()),
    baseline: { name: 'wink-nlp sentence split + tokens (same text, same process)', ...baseline },
    slowdownVsBaseline: round(baseline.medianMBps / extraction.medianMBps),
    pinnedToOneCore: process.env[PINNED] !== undefined,
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
  };
  await writeResult(result);
  console.log(
    `extract: median ${result.medianMBps} MB per CPU-second (${result.medianWallClockMBps} MB/s wall clock); ` +
      `baseline ${baseline.medianMBps}; extract is ${result.slowdownVsBaseline}x slower; ` +
      `peak RSS ${result.peakRssMB} MB -> ${path.relative(ROOT, RESULT_FILE)}`,
  );
}

if (runPinned()) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
