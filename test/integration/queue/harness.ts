/**
 * What the queue tests share: a corpus written as JSON lines, CLI processes (`newsgraph ingest --queue`,
 * `newsgraph worker`) run from dist/ against the test servers, bounded waits on real conditions, and the
 * graph's counts and integrity checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { loadSotuCorpus } from '../../../bench/corpus';
import { openAnalyzer } from '../../../src/cli/analyzer';
import { loadConfig, PROJECT_ROOT } from '../../../src/config';
import type { GraphDatabase } from '../../../src/graph/database';
import { graphIntegrity } from '../../../src/graph/integrity';
import { ingestPaths } from '../../../src/ingest/ingest-run';
import { INGEST_QUEUE } from '../../../src/ingest/queue/jobs';
import { countOf, graphDigest } from '../graph/graph-state';

export const MAIN = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
}

/**
 * The digest of the graph an in-process ingest of the corpus builds (fast analyzer), on `db`: what every
 * queued run must end with. Leaves that graph in `db`.
 */
export async function inProcessDigest(db: GraphDatabase, corpus: { file: string; ids: string[] }) {
  const fast = openAnalyzer(loadConfig({}), { analyzer: 'fast', coreNlpUrls: [] });
  try {
    const summary = await ingestPaths(db, [corpus.file], { extract: fast.extractor, concurrency: 2 });
    if (summary.new !== corpus.ids.length)
      throw new Error(`the in-process ingest wrote ${summary.new} of ${corpus.ids.length} articles`);
  } finally {
    await fast.close();
  }
  return graphDigest(db);
}

/** `count` SOTU pieces as one JSON lines file (ids sotu-0…), and its path. */
export function writeCorpus(count: number, prefix = 'sotu'): { file: string; ids: string[] } {
  const articles = loadSotuCorpus(PROJECT_ROOT).articles.slice(0, count);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-queue-'));
  const file = path.join(dir, `${prefix}.jsonl`);
  const ids = articles.map((_, index) => `${prefix}-${index}`);
  writeFileSync(file, articles.map((text, index) => JSON.stringify({ id: ids[index], text })).join('\n'));
  return { file, ids };
}

/** The environment of the CLI processes: the test servers, the fast analyzer, short locks and backoff. */
export function cliEnv(redisUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEWSGRAPH_REDIS_URL: redisUrl,
    NEWSGRAPH_ANALYZER: 'fast',
    NEWSGRAPH_QUEUE_LOCK_MS: '3000',
    NEWSGRAPH_QUEUE_BACKOFF_MS: '300',
    NEWSGRAPH_QUEUE_ATTEMPTS: '15',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

export interface CliProcess {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the exit status (or the signal's name). */
  readonly exited: Promise<number | string>;
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, [MAIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return { child, output: () => output, exited };
}

/** Stops a worker the way an operator does (SIGTERM) and waits for it to exit. */
export async function stopWorker(worker: CliProcess): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
  await worker.exited;
}

/** Polls `condition` every 100 ms until it holds; fails after `timeoutMs` saying what it waited for. */
export async function waitFor(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
  context: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The test's own handle on the queue (counts, emptying it between tests). */
export function testQueue(redisUrl: string): Queue {
  const queue = new Queue(INGEST_QUEUE, { connection: { url: redisUrl, maxRetriesPerRequest: null } });
  queue.on('error', () => undefined);
  return queue;
}

export async function counts(queue: Queue) {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
  };
}

export interface GraphCounts {
  articles: number;
  entities: number;
  facts: number;
  mentions: number;
}

export async function graphCounts(db: GraphDatabase): Promise<GraphCounts> {
  return {
    articles: await countOf(db, '(:Article)'),
    entities: await countOf(db, '(:Entity)'),
    facts: await countOf(db, '(:Entity)-[]->(:Entity)'),
    mentions: await countOf(db, '(:Article)-[:MENTIONS]->()'),
  };
}

/**
 * What "exactly once" means in the graph: no article id twice, no entity id twice, no two MENTIONS
 * between the same article and entity, and no article without its MENTIONS (a partial article).
 */
export async function integrityProblems(db: GraphDatabase): Promise<Record<string, number>> {
  return { ...(await graphIntegrity(db)) };
}

export const NO_PROBLEMS = {
  duplicateArticles: 0,
  duplicateEntities: 0,
  duplicateMentions: 0,
  articlesWithoutMentions: 0,
};

export async function articleIds(db: GraphDatabase): Promise<string[]> {
  const rows = await db.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  return rows.map((row) => row.id);
}
