/**
 * The worker fleet as the README runs it, every part a real process: `newsgraph serve` with
 * NEWSGRAPH_REDIS_URL (the CLI wires the queue and the Redis event bus), a `newsgraph worker`, the test
 * Redis and Neo4j. A client subscribed over graphql-ws to the API hears of an article that the worker, in
 * another process, wrote (issue 14: subscriptions across processes through Redis pub/sub; issue 15: the
 * API's async ingest wired by the CLI). `newsgraph queue status` then counts the job as done.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Queue } from 'bullmq';
import type { GraphDatabase } from '../../../src/graph/database';
import { applySchema } from '../../../src/graph/schema';
import { clearAndClose, clearDatabase, openEmptyTestDatabase } from '../../helpers/database';
import { assertBuilt, cliEnv, runCli, stopWorker, testQueue, waitFor, type CliProcess } from './harness';

jest.setTimeout(180_000);

const API_PORT = Number(process.env.NEWSGRAPH_TEST_FLEET_API_PORT ?? 17798);
const API_KEY = 'fleet-test-key-0123456789';
const TEXT =
  'The European Union imposed new sanctions on Belarus on Friday. Ursula von der Leyen announced ' +
  'the measures in Brussels, and Lithuania welcomed them.';

let redisUrl: string;
let db: GraphDatabase;
let queue: Queue;
let serve: CliProcess | undefined;
let worker: CliProcess | undefined;
let client: Client | undefined;

beforeAll(async () => {
  assertBuilt();
  redisUrl = process.env.NEWSGRAPH_REDIS_URL ?? '';
  if (redisUrl === '') throw new Error('NEWSGRAPH_REDIS_URL is not set: run through jest (global setup)');
  db = await openEmptyTestDatabase();
  await applySchema(db);
  queue = testQueue(redisUrl);
  await queue.obliterate({ force: true });
  const env = cliEnv(redisUrl, { NEWSGRAPH_PORT: String(API_PORT), NEWSGRAPH_API_KEY: API_KEY });
  serve = runCli(['serve'], env);
  await waitFor(
    'the API to listen',
    () => /GraphQL API: /.test(serve?.output() ?? ''),
    60_000,
    () => serve?.output() ?? '',
  );
  worker = runCli(['worker', '--concurrency', '1'], env);
  await waitFor(
    'the worker to be ready',
    () => /Worker ready/.test(worker?.output() ?? ''),
    60_000,
    () => worker?.output() ?? '',
  );
});

afterAll(async () => {
  await client?.dispose();
  if (worker !== undefined) await stopWorker(worker);
  if (serve !== undefined) await stopWorker(serve);
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  if (db !== undefined) await clearAndClose(db);
});

async function post<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Heard {
  articleIngested: { articleId: string; status: string; relations: number }[];
  relationAdded: { articleId: string; predicate: string }[];
}

test('a subscriber of `serve` hears of the article a `newsgraph worker` process wrote', async () => {
  client = createClient({
    url: `ws://127.0.0.1:${API_PORT}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const heard: Heard = { articleIngested: [], relationAdded: [] };
  const failures: unknown[] = [];
  const listen = (query: string, into: (data: Record<string, unknown>) => void) =>
    new Promise<void>((resolve) => {
      client?.subscribe<Record<string, unknown>>(
        { query },
        {
          next: (result) => (result.data ? into(result.data) : failures.push(result.errors)),
          error: (error) => failures.push(error),
          complete: () => undefined,
        },
      );
      resolve();
    });
  await listen('subscription { articleIngested { articleId status relations } }', (data) =>
    heard.articleIngested.push(data.articleIngested as Heard['articleIngested'][number]),
  );
  await listen('subscription { relationAdded { articleId predicate } }', (data) =>
    heard.relationAdded.push(data.relationAdded as Heard['relationAdded'][number]),
  );
  // The server registers a subscription once it has handled its message; the ws client gives no ack.
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  const queued = await post<{ ingestArticle: { articleId: string; status: string; jobId: string } }>(
    `mutation ($input: ArticleInput!) { ingestArticle(input: $input, async: true) { articleId status jobId } }`,
    { input: { id: 'fleet-article', title: 'Sanctions', text: TEXT } },
  );
  expect(queued.ingestArticle).toMatchObject({ articleId: 'fleet-article', status: 'QUEUED' });

  type Job = { ingestJob: { state: string; result: { status: string; relations: number } | null } };
  let job: Job['ingestJob'] | undefined;
  await waitFor(
    'the worker to complete the job',
    async () => {
      job = (
        await post<Job>(`query ($id: ID!) { ingestJob(id: $id) { state result { status relations } } }`, {
          id: queued.ingestArticle.jobId,
        })
      ).ingestJob;
      return job.state === 'COMPLETED';
    },
    60_000,
    () => `${JSON.stringify(job)}\n${worker?.output()}`,
  );
  expect(job?.result?.status).toBe('NEW');
  const relations = job?.result?.relations ?? -1;
  expect(relations).toBeGreaterThan(0);

  await waitFor(
    "the worker's events to reach the subscriber",
    () => heard.articleIngested.length >= 1 && heard.relationAdded.length >= relations,
    20_000,
    () => JSON.stringify({ heard, failures }),
  );
  expect(failures).toEqual([]);
  expect(heard.articleIngested).toEqual([{ articleId: 'fleet-article', status: 'NEW', relations }]);
  expect(heard.relationAdded).toHaveLength(relations);
  expect(new Set(heard.relationAdded.map((event) => event.articleId))).toEqual(new Set(['fleet-article']));

  // The operator's view of the same queue, from a third process.
  const status = runCli(['queue', 'status'], cliEnv(redisUrl));
  expect(await status.exited).toBe(0);
  expect(status.output()).toMatch(/Done: 1\b/);
});

// Kept apart so that a leftover graph of an earlier test cannot make the fleet's article "unchanged".
beforeEach(async () => {
  await clearDatabase(db);
  await applySchema(db);
});
