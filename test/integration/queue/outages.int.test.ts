/**
 * Issue 15: the services of a worker fleet go away mid-batch and come back. Redis stopped (SIGTERM) and
 * restarted: the workers wait for it and carry on from its append-only file. Neo4j stopped and restarted:
 * the articles that failed meanwhile are retried with backoff. Either way every article lands exactly
 * once: the graph equals the one an in-process ingest of the corpus builds.
 */
import type { Queue } from 'bullmq';
import type { GraphDatabase } from '../../../src/graph/database';
import { applySchema } from '../../../src/graph/schema';
import type { RedisServer } from '../../../src/services/redis';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { testServer } from '../../setup/test-database';
import { startWithRun } from '../../setup/reaper';
import { clearTestRedisData, testRedisPort, testRedisServer } from '../../setup/test-redis';
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
  type CliProcess,
} from './harness';

jest.setTimeout(420_000);

const ARTICLES = 30;
let db: GraphDatabase;
let corpus: { file: string; ids: string[] };
let reference: string;

beforeAll(async () => {
  assertBuilt();
  db = await openEmptyTestDatabase();
  corpus = writeCorpus(ARTICLES, 'outage');
  reference = await inProcessDigest(db, corpus);
  await clearDatabase(db);
  await applySchema(db);
});

afterAll(async () => {
  if (db !== undefined) await clearAndClose(db);
});

async function expectEveryArticleOnce(queue: Queue): Promise<void> {
  expect(await counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, completed: ARTICLES, failed: 0 });
  expect(await articleIds(db)).toEqual([...corpus.ids].sort());
  expect(await integrityProblems(db)).toEqual(NO_PROBLEMS);
  expect(await graphDigest(db)).toBe(reference);
}

async function untilCompleted(queue: Queue, total: number, worker: CliProcess, timeoutMs: number) {
  await waitFor(
    `${total} jobs completed`,
    async () => (await counts(queue)).completed >= total,
    timeoutMs,
    () => worker.output().slice(-4000),
  );
}

describe('Redis stopped and restarted mid-batch', () => {
  let redis: RedisServer;
  let queue: Queue;
  beforeAll(async () => {
    // A Redis of this suite's own: stopping the shared test Redis would pull it from under other suites.
    redis = testRedisServer(testRedisPort() + 1);
    await redis.stop();
    clearTestRedisData(redis);
    await startWithRun(redis, () => redis.start());
    queue = testQueue(redis.url);
  });
  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });

  it('workers wait for it and carry on; every article lands once', async () => {
    const enqueue = runCli(['ingest', corpus.file, '--queue'], cliEnv(redis.url));
    expect(await enqueue.exited).toBe(0);
    const worker = runCli(['worker', '--concurrency', '2'], cliEnv(redis.url));
    try {
      await untilCompleted(queue, 4, worker, 90_000);
      await redis.stop();
      const before = await graphCounts(db);
      expect(before.articles).toBeLessThan(ARTICLES);
      await startWithRun(redis, () => redis.start());
      const restarted = await counts(queue);
      // The append-only file kept the queue: nothing that was done is to do again, nothing waiting is lost.
      expect(restarted.completed + restarted.waiting + restarted.active + restarted.delayed).toBe(ARTICLES);
      await untilCompleted(queue, ARTICLES, worker, 180_000);
      process.stderr.write(
        `[Redis fault] graph before ${JSON.stringify(before)}, queue after restart ${JSON.stringify(restarted)}, ` +
          `graph after ${JSON.stringify(await graphCounts(db))}\n`,
      );
    } finally {
      await stopWorker(worker);
    }
    await expectEveryArticleOnce(queue);
  });
});

describe('Neo4j stopped and restarted mid-batch', () => {
  // Only a Neo4j the tests started can be stopped and started again here (not one NEO4J_URI names).
  const ours = process.env.NEWSGRAPH_TEST_NEO4J_STARTED === '1';
  const redisUrl = process.env.NEWSGRAPH_REDIS_URL ?? '';
  let queue: Queue;
  beforeAll(async () => {
    queue = testQueue(redisUrl);
    await queue.obliterate({ force: true });
    await clearDatabase(db);
    await applySchema(db);
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
  });

  (ours ? it : it.skip)('the articles that failed meanwhile are retried and land once', async () => {
    const enqueue = runCli(['ingest', corpus.file, '--queue'], cliEnv(redisUrl));
    expect(await enqueue.exited).toBe(0);
    const worker = runCli(['worker', '--concurrency', '2'], cliEnv(redisUrl));
    const neo4j = testServer();
    try {
      await untilCompleted(queue, 4, worker, 90_000);
      const before = await graphCounts(db);
      await neo4j.stop();
      // Retried, not failed: the jobs in hand wait for their next try while Neo4j is away.
      await waitFor(
        'a job to fail on the missing Neo4j and wait for its retry',
        async () => {
          const c = await counts(queue);
          return c.delayed > 0 || /not reachable|did not answer/.test(worker.output());
        },
        60_000,
        () => worker.output().slice(-4000),
      );
      expect((await counts(queue)).failed).toBe(0);
      await startWithRun(neo4j, () => neo4j.start());
      await untilCompleted(queue, ARTICLES, worker, 300_000);
      process.stderr.write(
        `[Neo4j fault] graph before ${JSON.stringify(before)}, after ${JSON.stringify(await graphCounts(db))}\n`,
      );
    } finally {
      await stopWorker(worker);
      if (neo4j.runningPid() === null) await startWithRun(neo4j, () => neo4j.start());
    }
    await expectEveryArticleOnce(queue);
  });
});
