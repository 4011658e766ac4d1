/**
 * `npm run bench:scale`: ingest through the queue (issue 15) with 1, 2 and 4 `newsgraph worker` processes
 * on this machine, against the in-process path (`newsgraph ingest`) on the same articles, with a Neo4j
 * (NEWSGRAPH_BENCH_BOLT_PORT, default 27887) and a Redis (NEWSGRAPH_BENCH_REDIS_PORT, 27379) of its own.
 *
 * Protocol, fixed before the run:
 * - Corpus: the first FAST_ARTICLES (120) SOTU pieces (~5,000 characters each) for the fast analyzer,
 *   which isolates the queue's own overhead; the first CORENLP_ARTICLES (20) for the corenlp analyzer
 *   (CORENLP_URL, the shared server), which shows where the real bottleneck is.
 * - Each measured run starts from an empty graph and an empty queue. Queue runs: the workers are started
 *   and ready first (their start-up is not timed), then the articles are enqueued (timed separately), and
 *   the run ends when Redis counts every job completed; throughput is articles / (enqueue + drain).
 *   Each worker takes 2 articles at a time (`--concurrency 2`); the in-process baseline also runs 2 at
 *   a time, in one process.
 * - Fast: 1 warm-up run of each configuration (unmeasured), then FAST_RUNS (3) measured runs, medians.
 *   CoreNLP: 1 measured run of each configuration, no warm-up (the server is shared and slow).
 * - After each queue run: every article in the graph exactly once (article ids, no duplicate entities or
 *   MENTIONS) and the same counts as the in-process run (entities, MENTIONS, facts, articles without
 *   MENTIONS). (The run in bench/results/scale.json of 2026-11-30 required no article without MENTIONS
 *   instead, which 4 fast-analyzer pieces with no entity fail in-process too: its fast flags read false.)
 * - Queue overhead per article: (median queue run with 1 worker − median in-process run) / articles.
 * Results go to bench/results/scale.json. It runs the built code (dist/), which the script builds first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../src/graph/database';
import { loadSotuCorpus } from './corpus';
import { median, timed } from './measure';
import { built, emptyGraph, PROJECT_ROOT as ROOT, startFreshNeo4j } from './project';

const FAST_ARTICLES = 120;
const CORENLP_ARTICLES = 20;
const FAST_RUNS = 3;
const WORKER_COUNTS = [1, 2, 4] as const;
const PER_WORKER_CONCURRENCY = 2;
const BOLT_PORT = Number(process.env.NEWSGRAPH_BENCH_BOLT_PORT ?? 27887);
const HTTP_PORT = Number(process.env.NEWSGRAPH_BENCH_HTTP_PORT ?? 27888);
const REDIS_PORT = Number(process.env.NEWSGRAPH_BENCH_REDIS_PORT ?? 27379);
const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'scale.json');
const MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');

const config = built<typeof import('../src/config')>('config.js');
const graph = built<typeof import('../src/graph/open')>('graph/open.js');
const schema = built<typeof import('../src/graph/schema')>('graph/schema.js');
const checks = built<typeof import('../src/graph/integrity')>('graph/integrity.js');
const run = built<typeof import('../src/ingest/ingest-run')>('ingest/ingest-run.js');
const analyzers = built<typeof import('../src/cli/analyzer')>('cli/analyzer.js');
const producer = built<typeof import('../src/ingest/queue/producer')>('ingest/queue/producer.js');
const redisService = built<typeof import('../src/services/redis')>('services/redis/index.js');
type Analyzer = 'fast' | 'corenlp';

function log(message: string): void {
  process.stderr.write(`[bench:scale] ${message}\n`);
}

async function clearGraph(db: GraphDatabase): Promise<void> {
  await emptyGraph(db);
  await schema.applySchema(db);
}

async function graphCheck(db: GraphDatabase, ids: readonly string[]) {
  const one = async (statement: string) => (await db.read<{ n: number }>(statement))[0]?.n ?? 0;
  const stored = (await db.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id')).map((r) => r.id);
  const expected = new Set(ids);
  const integrity = await checks.graphIntegrity(db);
  return {
    articles: stored.length,
    missing: ids.filter((id) => !stored.includes(id)).length,
    unexpected: stored.filter((id) => !expected.has(id)).length,
    entities: await one('MATCH (e:Entity) RETURN count(*) AS n'),
    mentions: await one('MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n'),
    facts: await one('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'),
    duplicateEntities: integrity.duplicateEntities,
    duplicateMentions: integrity.duplicateMentions,
    articlesWithoutMentions: integrity.articlesWithoutMentions,
  };
}

type Check = Awaited<ReturnType<typeof graphCheck>>;

/**
 * Every article once, nothing doubled, nothing partial: the same graph counts as the in-process run's
 * (articles without MENTIONS included: a piece in which the analyzer finds no entity has none either way).
 */
function exactlyOnce(check: Check, ids: readonly string[], inProcess: Check | undefined): boolean {
  return (
    check.articles === ids.length &&
    check.missing === 0 &&
    check.unexpected === 0 &&
    check.duplicateEntities === 0 &&
    check.duplicateMentions === 0 &&
    inProcess !== undefined &&
    check.entities === inProcess.entities &&
    check.mentions === inProcess.mentions &&
    check.facts === inProcess.facts &&
    check.articlesWithoutMentions === inProcess.articlesWithoutMentions
  );
}

interface Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
}

function startWorker(env: NodeJS.ProcessEnv): Worker {
  const child = spawn(process.execPath, [MAIN, 'worker', '--concurrency', String(PER_WORKER_CONCURRENCY)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not ready in 120 s:\n${output}`)), 120_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, ready, exited };
}

async function untilDrained(
  queue: InstanceType<typeof producer.IngestQueue>,
  total: number,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { counts } = await queue.status(0);
    if (counts.completed + counts.failed >= total) return counts;
    if (Date.now() > deadline)
      throw new Error(`queue not drained in ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Setting {
  readonly analyzer: Analyzer;
  readonly file: string;
  readonly ids: readonly string[];
  readonly db: GraphDatabase;
  readonly env: NodeJS.ProcessEnv;
  readonly redisUrl: string;
}

async function inProcessRun(setting: Setting) {
  await clearGraph(setting.db);
  const conf = config.loadConfig(setting.env);
  const engine = { analyzer: setting.analyzer, coreNlpUrls: conf.nlp.urls ?? [] };
  const opened = analyzers.openAnalyzer(conf, engine);
  try {
    const { seconds, value } = await timed(() =>
      run.ingestPaths(setting.db, [setting.file], {
        extract: opened.extractor,
        concurrency: PER_WORKER_CONCURRENCY,
        maxArticleBytes: conf.ingest.maxArticleBytes,
      }),
    );
    if (value.new !== setting.ids.length) throw new Error(`in-process run: ${JSON.stringify(value)}`);
    return { seconds, check: await graphCheck(setting.db, setting.ids) };
  } finally {
    await opened.close();
  }
}

async function queueRun(setting: Setting, workers: number) {
  await clearGraph(setting.db);
  const conf = config.loadConfig(setting.env);
  const queue = new producer.IngestQueue(setting.redisUrl, conf.queue);
  const fleet = Array.from({ length: workers }, () => startWorker(setting.env));
  try {
    await Promise.all(fleet.map((worker) => worker.ready));
    const sources = await built<typeof import('../src/ingest/sources')>(
      'ingest/sources/index.js',
    ).articleSources([setting.file], { maxArticleBytes: conf.ingest.maxArticleBytes });
    const plan = {
      analyzer: setting.analyzer,
      analyzerVersion: analyzers.analyzerVersionOf(setting.analyzer),
      maxArticleBytes: conf.ingest.maxArticleBytes,
    };
    const started = process.hrtime.bigint();
    const enqueue = await timed(() => queue.enqueueAll(sources.items, plan));
    const counts = await untilDrained(queue, setting.ids.length, 1_800_000);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const check = await graphCheck(setting.db, setting.ids);
    return { seconds, enqueueSeconds: enqueue.seconds, failed: counts.failed, check };
  } finally {
    for (const worker of fleet) worker.child.kill('SIGTERM');
    await Promise.all(fleet.map((worker) => worker.exited));
    await queueObliterate(setting.redisUrl);
    await queue.close();
  }
}

async function queueObliterate(url: string): Promise<void> {
  const { Queue } = await import('bullmq');
  const queue = new Queue('newsgraph-ingest', { connection: { url, maxRetriesPerRequest: null } });
  await queue.obliterate({ force: true });
  await queue.close();
}

function corpusFile(count: number, prefix: string): { file: string; ids: string[] } {
  const articles = loadSotuCorpus(ROOT).articles.slice(0, count);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-scale-'));
  const file = path.join(dir, `${prefix}.jsonl`);
  const ids = articles.map((_, index) => `${prefix}-${index}`);
  writeFileSync(file, articles.map((text, index) => JSON.stringify({ id: ids[index], text })).join('\n'));
  return { file, ids };
}

async function measure(setting: Setting, runs: number, warmUp: boolean) {
  const n = setting.ids.length;
  log(`${setting.analyzer}: ${n} articles, in-process (2 at a time)${warmUp ? ', after a warm-up' : ''}`);
  if (warmUp) await inProcessRun(setting);
  const inProcess = [];
  for (let i = 0; i < runs; i += 1) inProcess.push(await inProcessRun(setting));
  const baseline = median(inProcess.map((r) => r.seconds));
  log(`  in-process: ${baseline.toFixed(2)} s, ${(n / baseline).toFixed(2)} articles/s`);
  const byWorkers: Record<string, unknown> = {};
  let oneWorker = 0;
  for (const workers of WORKER_COUNTS) {
    if (warmUp) await queueRun(setting, workers);
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await queueRun(setting, workers));
    const seconds = median(results.map((r) => r.seconds));
    if (workers === 1) oneWorker = seconds;
    const reference = inProcess[inProcess.length - 1]?.check;
    const once = results.every((r) => exactlyOnce(r.check, setting.ids, reference) && r.failed === 0);
    log(
      `  ${workers} worker(s): ${seconds.toFixed(2)} s, ${(n / seconds).toFixed(2)} articles/s, exactly once: ${once}`,
    );
    byWorkers[String(workers)] = {
      secondsPerRun: results.map((r) => round(r.seconds)),
      enqueueSecondsPerRun: results.map((r) => round(r.enqueueSeconds)),
      medianSeconds: round(seconds),
      articlesPerSecond: round(n / seconds),
      speedupOverOneWorker: oneWorker > 0 ? round(oneWorker / seconds) : null,
      everyArticleExactlyOnce: once,
      graph: results[results.length - 1]?.check,
    };
  }
  return {
    articles: n,
    runs,
    warmUp,
    inProcess: {
      secondsPerRun: inProcess.map((r) => round(r.seconds)),
      medianSeconds: round(baseline),
      articlesPerSecond: round(n / baseline),
      graph: inProcess[inProcess.length - 1]?.check,
    },
    queue: byWorkers,
    queueOverheadMsPerArticle: round(((oneWorker - baseline) / n) * 1000),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function main(): Promise<void> {
  const coreNlpUrl = process.env.CORENLP_URL;
  if (coreNlpUrl === undefined) throw new Error('set CORENLP_URL to the CoreNLP server(s) to measure with');
  const neo4j = await startFreshNeo4j({
    name: 'bench-scale',
    boltPort: BOLT_PORT,
    httpPort: HTTP_PORT,
    heap: '1g',
    pageCache: '256m',
    log,
  });
  const base = config.loadConfig({ ...process.env, NEWSGRAPH_REDIS_URL: undefined });
  const redis = new redisService.RedisServer({
    home: path.join(base.queue.redisHome, 'instances', `bench-${REDIS_PORT}`),
    port: REDIS_PORT,
    maxMemory: '512mb',
    progress: log,
  });
  await redis.stop();
  rmSync(path.join(redis.status().home, 'data'), { recursive: true, force: true });
  await redis.start();
  const info = { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, database: 'neo4j' };
  const db = await graph.openGraphDatabase(info, { queryTimeoutMs: 120_000, writeTimeoutMs: 300_000 });
  const env = (analyzer: Analyzer): NodeJS.ProcessEnv => ({
    ...process.env,
    NEO4J_URI: info.uri,
    NEO4J_USER: info.user,
    NEO4J_PASSWORD: info.password,
    NEWSGRAPH_REDIS_URL: redis.url,
    NEWSGRAPH_ANALYZER: analyzer,
    CORENLP_URL: coreNlpUrl,
    LOG_LEVEL: 'warn',
  });
  try {
    const fastCorpus = corpusFile(FAST_ARTICLES, 'fast');
    const fast = await measure(
      { analyzer: 'fast', ...fastCorpus, db, env: env('fast'), redisUrl: redis.url },
      FAST_RUNS,
      true,
    );
    const nlpCorpus = corpusFile(CORENLP_ARTICLES, 'nlp');
    const corenlp = await measure(
      { analyzer: 'corenlp', ...nlpCorpus, db, env: env('corenlp'), redisUrl: redis.url },
      1,
      false,
    );
    const result = {
      date: new Date().toISOString(),
      command: 'npm run bench:scale',
      machine: {
        cpus: os.availableParallelism(),
        cpu: os.cpus()[0]?.model ?? '?',
        node: process.version,
        loadAverage: os.loadavg().map(round),
      },
      protocol: {
        perWorkerConcurrency: PER_WORKER_CONCURRENCY,
        workers: WORKER_COUNTS,
        fast: `${FAST_ARTICLES} SOTU pieces, 1 warm-up + ${FAST_RUNS} measured runs per configuration, medians`,
        corenlp: `${CORENLP_ARTICLES} SOTU pieces, 1 measured run per configuration, CoreNLP at ${coreNlpUrl}`,
      },
      fast,
      corenlp,
    };
    mkdirSync(path.dirname(RESULT_FILE), { recursive: true });
    writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
    log(`results in ${path.relative(ROOT, RESULT_FILE)}`);
  } finally {
    await db.close();
    await redis.stop();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
