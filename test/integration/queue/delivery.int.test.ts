/**
 * Issue 15: the ingest queue against a real Redis and a real Neo4j, workers as real `newsgraph worker`
 * processes. Each article lands exactly once (the graph equals the one an in-process ingest of the same
 * corpus builds) whether it is enqueued twice from two processes or its worker is SIGKILLed mid-batch;
 * bad input ends in the failed set with its reason, tried once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Queue } from 'bullmq';
import type { GraphDatabase } from '../../../src/graph/database';
import { applySchema } from '../../../src/graph/schema';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { graphDigest } from '../graph/graph-state';
import {
  articleIds,
  assertBuilt,
  cliEnv,
  counts,
  graphCounts,
  inProcessDigest,
  integrityProblems,
  NO_PROBLEMS,
  runCli,
  stopWorker,
  testQueue,
  waitFor,
  writeCorpus,
} from './harness';

jest.setTimeout(240_000);

const ARTICLES = 30;
let redisUrl: string;
let db: GraphDatabase;
let queue: Queue;
let corpus: { file: string; ids: string[] };
let reference: string;

async function emptyGraphAndQueue(): Promise<void> {
  await clearDatabase(db);
  await applySchema(db);
  await queue.obliterate({ force: true });
}

beforeAll(async () => {
  assertBuilt();
  redisUrl = process.env.NEWSGRAPH_REDIS_URL ?? '';
  if (redisUrl === '') throw new Error('NEWSGRAPH_REDIS_URL is not set: run through jest (global setup)');
  db = await openEmptyTestDatabase();
  queue = testQueue(redisUrl);
  corpus = writeCorpus(ARTICLES);
  // The graph an in-process ingest of the corpus builds: what every queued run must end with.
  reference = await inProcessDigest(db, corpus);
});

beforeEach(emptyGraphAndQueue);

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  if (db !== undefined) await clearAndClose(db);
});

function enqueuedFigures(output: string): { enqueued: number; duplicates: number; refused: number } {
  const match = /(\d+) new jobs, (\d+) already queued, (\d+) refused/.exec(output);
  if (match === null) throw new Error(`no summary in:\n${output}`);
  return { enqueued: Number(match[1]), duplicates: Number(match[2]), refused: Number(match[3]) };
}

async function drainWithOneWorker(total: number): Promise<void> {
  const worker = runCli(['worker', '--concurrency', '2'], cliEnv(redisUrl));
  try {
    await waitFor(
      `${total} jobs completed or failed`,
      async () => {
        const c = await counts(queue);
        return c.completed + c.failed === total;
      },
      120_000,
      worker.output,
    );
  } finally {
    await stopWorker(worker);
  }
}

it('the same corpus enqueued twice from two processes is one job per article, each in the graph once', async () => {
  const first = runCli(['ingest', corpus.file, '--queue'], cliEnv(redisUrl));
  const second = runCli(['ingest', corpus.file, '--queue'], cliEnv(redisUrl));
  expect([await first.exited, await second.exited]).toEqual([0, 0]);
  const a = enqueuedFigures(first.output());
  const b = enqueuedFigures(second.output());
  // Both may find a job missing and add it at once: Redis still keeps one job per id.
  expect(a.enqueued + a.duplicates + b.enqueued + b.duplicates).toBe(2 * ARTICLES);
  expect(await counts(queue)).toEqual({ waiting: ARTICLES, active: 0, delayed: 0, completed: 0, failed: 0 });

  await drainWithOneWorker(ARTICLES);
  expect((await counts(queue)).completed).toBe(ARTICLES);
  expect(await articleIds(db)).toEqual([...corpus.ids].sort());
  expect(await integrityProblems(db)).toEqual(NO_PROBLEMS);
  expect(await graphDigest(db)).toBe(reference);

  // Once more after it ran: nothing new to do.
  const again = runCli(['ingest', corpus.file, '--queue'], cliEnv(redisUrl));
  expect(await again.exited).toBe(0);
  expect(enqueuedFigures(again.output())).toEqual({ enqueued: 0, duplicates: ARTICLES, refused: 0 });
  expect((await counts(queue)).waiting).toBe(0);
});

it('a worker SIGKILLed mid-batch leaves its articles to be taken again: each lands once, none half-written', async () => {
  const enqueue = runCli(['ingest', corpus.file, '--queue'], cliEnv(redisUrl));
  expect(await enqueue.exited).toBe(0);
  const doomed = runCli(['worker', '--concurrency', '2'], cliEnv(redisUrl));
  await waitFor(
    'the first worker to finish a few articles and hold others',
    async () => {
      const c = await counts(queue);
      return c.completed >= 4 && c.active >= 1;
    },
    60_000,
    doomed.output,
  );
  const inHand = (await queue.getActive()).map((job) => job.id);
  doomed.child.kill('SIGKILL');
  expect(await doomed.exited).toBe('SIGKILL');
  const before = { queue: await counts(queue), graph: await graphCounts(db) };
  expect(before.queue.completed).toBeLessThan(ARTICLES);
  expect(before.graph.articles).toBeLessThan(ARTICLES);
  // What the killed worker left is whole: articles it committed have their MENTIONS, none is partial.
  expect(await integrityProblems(db)).toEqual(NO_PROBLEMS);

  await drainWithOneWorker(ARTICLES);
  const after = { queue: await counts(queue), graph: await graphCounts(db) };
  expect(after.queue).toEqual({ waiting: 0, active: 0, delayed: 0, completed: ARTICLES, failed: 0 });
  for (const id of inHand) expect(await queue.getJobState(id ?? '')).toBe('completed');
  expect(await articleIds(db)).toEqual([...corpus.ids].sort());
  expect(await integrityProblems(db)).toEqual(NO_PROBLEMS);
  expect(await graphDigest(db)).toBe(reference);
  process.stderr.write(
    `[SIGKILL fault] before ${JSON.stringify(before)}\n  after ${JSON.stringify(after)}\n`,
  );
});

it('bad input goes to the failed set with its reason, tried once; the good article lands', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bad-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };
  const inputs = [
    file(
      'good.txt',
      'The European Union imposed sanctions on Belarus on Monday, officials in Brussels said.\n',
    ),
    file('empty.txt', '   \n'),
    file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x41])),
    file('oversize.txt', `${'The council met again. '.repeat(200)}\n`),
    file(
      'german.txt',
      'Die Europäische Union hat am Montag neue Sanktionen gegen Belarus verhängt, wie die Kommission in ' +
        'Brüssel mitteilte. Die Maßnahmen betreffen vor allem die Banken und die Ölindustrie des Landes.\n',
    ),
    file(
      'feed.jsonl',
      '{"id": "ok-line", "text": "Antony Blinken met Olaf Scholz in Berlin."}\n{"text": 5}\nnot json\n',
    ),
  ];
  const env = cliEnv(redisUrl, { NEWSGRAPH_MAX_ARTICLE_BYTES: '2000' });
  const enqueue = runCli(['ingest', ...inputs, '--queue'], env);
  expect(await enqueue.exited).toBe(65);
  expect(enqueuedFigures(enqueue.output())).toEqual({ enqueued: 3, duplicates: 0, refused: 5 });

  const worker = runCli(['worker'], env);
  try {
    await waitFor(
      '8 jobs done or failed',
      async () => {
        const c = await counts(queue);
        return c.completed + c.failed === 8;
      },
      60_000,
      worker.output,
    );
  } finally {
    await stopWorker(worker);
  }
  const completed = (await queue.getCompleted(0, 20)).map((job) => path.basename(String(job.data.origin)));
  expect(completed.sort()).toEqual(['feed.jsonl:1', 'good.txt']);
  expect(await counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 2, failed: 6 });
  const failed = await queue.getFailed(0, 20);
  const reasons = Object.fromEntries(
    failed.map((job) => [
      path.basename(String(job.data.origin)),
      { reason: job.failedReason, tries: job.attemptsMade },
    ]),
  );
  expect(reasons).toEqual({
    'empty.txt': { reason: expect.stringMatching(/empty/), tries: 1 },
    'binary.txt': { reason: expect.stringMatching(/binary|not text|NUL/), tries: 1 },
    'oversize.txt': { reason: expect.stringMatching(/over the limit of 2,000/), tries: 1 },
    'german.txt': { reason: expect.stringMatching(/not English/), tries: 1 },
    'feed.jsonl:2': { reason: expect.stringMatching(/text/), tries: 1 },
    'feed.jsonl:3': { reason: expect.stringMatching(/JSON/), tries: 1 },
  });
  expect(await articleIds(db)).toEqual(['good', 'ok-line']);

  const status = runCli(['queue', 'status'], env);
  expect(await status.exited).toBe(0);
  expect(status.output()).toMatch(/Waiting: 0 {2}Active: 0 {2}Delayed \(retry\): 0 {2}Done: 2 {2}Failed: 6/);
  expect(status.output()).toMatch(/german\.txt: the article is not English/);
});

it('--queue without NEWSGRAPH_REDIS_URL says what it needs and exits 65', async () => {
  const run = runCli(['ingest', corpus.file, '--queue'], { ...cliEnv(''), NEWSGRAPH_REDIS_URL: '' });
  expect(await run.exited).toBe(65);
  expect(run.output()).toMatch(/--queue needs NEWSGRAPH_REDIS_URL/);
});

it('an unreachable Redis is a clear QUEUE_UNAVAILABLE error (exit 75), not a hang', async () => {
  const run = runCli(['ingest', corpus.file, '--queue'], cliEnv('redis://127.0.0.1:27999'));
  expect(await run.exited).toBe(75);
  expect(run.output()).toMatch(/ingest queue's Redis at redis:\/\/127\.0\.0\.1:27999 is not reachable/);
});
