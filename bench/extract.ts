/**
 * `npm run bench:extract`: article text per second of the extractor on one core (pinned with taskset),
 * after warm-up, on the SOTU corpus; peak memory; and, in the same process, a baseline: wink-nlp splitting
 * the same text into sentences and tokens, the least any extractor built on it must spend. Speed is
 * reported per CPU-second (the speed of that core, even on a shared machine) and by the wall clock.
 *
 * Then the `corenlp` analyzer (issue 12, "Speed": its cost per article is the engine's plus at most 10%
 * for our extraction). Protocol, fixed before its first run:
 * - Engine: a CoreNLP server the benchmark starts itself (its own home in the OS temp folder, port
 *   NEWSGRAPH_BENCH_EXTRACT_CORENLP_PORT, 19091), with newsgraph's default annotators and properties,
 *   `-threads 1`, heap 3g, started before the pinning so that it is not confined to the pinned core.
 * - Articles: CORENLP_ARTICLES (30) of the corpus's pieces, every k-th of the sorted list so that they
 *   spread over it; one request at a time.
 * - One warm-up pass over them, then CORENLP_PASSES (3) passes. Per article: the engine's time is the wall
 *   time of the annotation request (the analyzer's client, HTTP included); our extraction's is the wall
 *   time of extractFromAnnotation on that annotation (synchronous, in this process, on the pinned core).
 *   Per pass: the sum of our time over the sum of the engine's. Reported: the median pass's ratio
 *   (bar <= 0.10) and the medians of the per-article times.
 * - BENCH_EXTRACT_CORENLP=0 skips this part (the fast figures alone).
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
import { median, peakRssMB, RssSampler, timed, timedSync, timePass, type PassResult } from './measure';
import { benchCoreNlpServer, built, PROJECT_ROOT as ROOT } from './project';
import type * as CoreNlpClientModule from '../src/nlp/corenlp-client';
import type * as SyntaxModule from '../src/extract/syntax';
const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'extract.json');
const PINNED = 'NEWSGRAPH_BENCH_PINNED';
const PASSES = Number(process.env.BENCH_PASSES ?? 5);
const WARMUP_ARTICLES = 200;

/**
 * Re-runs this script under `taskset -c 0` (one core) when taskset exists, with the CoreNLP server
 * started first (unpinned) and stopped after; returns false if it did.
 */
async function runPinned(): Promise<boolean> {
  if (process.env[PINNED] !== undefined || !existsSync('/usr/bin/taskset')) return true;
  const engine = WITH_CORENLP ? await startEngine() : undefined;
  try {
    const child = spawnSync('/usr/bin/taskset', ['-c', '0', process.execPath, __filename], {
      stdio: 'inherit',
      env: { ...process.env, [PINNED]: '1', ...(engine ? { [CORENLP_URL_VAR]: engine.url } : {}) },
    });
    process.exitCode = child.status ?? 1;
  } finally {
    await engine?.stop();
  }
  return false;
}

const CORENLP_PORT = Number(process.env.NEWSGRAPH_BENCH_EXTRACT_CORENLP_PORT ?? 19091);
const CORENLP_URL_VAR = 'NEWSGRAPH_BENCH_EXTRACT_CORENLP_URL';
const CORENLP_ARTICLES = 30;
const CORENLP_PASSES = 3;
const CORENLP_BAR = 0.1;
const WITH_CORENLP = process.env.BENCH_EXTRACT_CORENLP !== '0';

/** Starts the benchmark's own CoreNLP server (its downloads kept between runs in the OS temp folder). */
async function startEngine(): Promise<{ url: string; stop: () => Promise<unknown> }> {
  const { server } = benchCoreNlpServer({
    name: 'extract',
    port: CORENLP_PORT,
    heap: '3g',
    threads: 1,
    log: (message) => console.log(`  ${message}`),
  });
  await server.start();
  return { url: server.url, stop: () => server.stop() };
}

/** Engine and extraction time per article of the corenlp analyzer (the protocol above). */
async function coreNlpShare(articles: readonly string[], url: string) {
  const { CoreNlpClient } = built<typeof CoreNlpClientModule>('nlp/corenlp-client.js');
  const { extractFromAnnotation, syntaxInput } = built<typeof SyntaxModule>('extract/syntax/index.js');
  const client = new CoreNlpClient({ urls: [url], threads: 1, timeoutMs: 600_000 });
  const step = Math.max(1, Math.floor(articles.length / CORENLP_ARTICLES));
  const picked = articles.filter((_, i) => i % step === 0).slice(0, CORENLP_ARTICLES);
  const pass = async () => {
    const engine: number[] = [];
    const ours: number[] = [];
    for (const text of picked) {
      const annotated = await timed(() => client.annotate(syntaxInput(text).text));
      engine.push(annotated.seconds * 1000);
      ours.push(timedSync(() => extractFromAnnotation(text, annotated.value, {})) * 1000);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return { engine, ours, ratio: sum(ours) / sum(engine) };
  };
  await pass();
  const results = [];
  for (let i = 1; i <= CORENLP_PASSES; i++) {
    const r = await pass();
    console.log(
      `  corenlp pass ${i}: engine ${median(r.engine).toFixed(0)} ms, our extraction ${median(r.ours).toFixed(1)} ` +
        `ms per article (medians); ours / engine ${r.ratio.toFixed(4)}`,
    );
    results.push(r);
  }
  const ratio = median(results.map((r) => r.ratio));
  return {
    articles: picked.length,
    passes: CORENLP_PASSES,
    engineMsPerArticle: round(median(results.map((r) => median(r.engine)))),
    extractionMsPerArticle: round(median(results.map((r) => median(r.ours)))),
    extractionOverEngine: round(ratio),
    bar: CORENLP_BAR,
    met: ratio <= CORENLP_BAR,
  };
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
  let corenlp: Awaited<ReturnType<typeof coreNlpShare>> | undefined;
  if (WITH_CORENLP) {
    // Without taskset the script was not re-run: it starts the engine itself.
    const own = process.env[CORENLP_URL_VAR] === undefined ? await startEngine() : undefined;
    try {
      corenlp = await coreNlpShare(corpus.articles, own?.url ?? (process.env[CORENLP_URL_VAR] as string));
    } finally {
      await own?.stop();
    }
  }
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
    corenlp: corenlp ?? null,
  };
  await writeResult(result);
  console.log(
    `extract: median ${result.medianMBps} MB per CPU-second (${result.medianWallClockMBps} MB/s wall clock); ` +
      `baseline ${baseline.medianMBps}; extract is ${result.slowdownVsBaseline}x slower; ` +
      `peak RSS ${result.peakRssMB} MB -> ${path.relative(ROOT, RESULT_FILE)}`,
  );
  if (corenlp)
    console.log(
      `corenlp: engine ${corenlp.engineMsPerArticle} ms, our extraction ${corenlp.extractionMsPerArticle} ms per ` +
        `article (medians of ${corenlp.articles} articles); ours / engine ${corenlp.extractionOverEngine} ` +
        `(bar <= ${CORENLP_BAR}: ${corenlp.met ? 'met' : 'missed'})`,
    );
}

runPinned()
  .then((here) => (here ? main() : undefined))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
