/**
 * Issue 15 over HTTP: `ingestArticle(input, async: true)` enqueues on the real test Redis and returns a
 * job id at once; `ingestJob(id)` reports WAITING, then COMPLETED with the outcome once a worker (the real
 * BullMQ worker, in this process) has written it. The same article again is the same job. A server
 * without a queue refuses async with BAD_USER_INPUT, and its sync path is unchanged.
 */
import { gql } from 'graphql-request';
import type { Worker } from 'bullmq';
import { graphArticleWriter, queuedArticles } from '../../src/api/article/article-writer';
import { analyzerVersionOf, openAnalyzer, type OpenAnalyzer } from '../../src/cli/analyzer';
import { loadConfig } from '../../src/config';
import { deleteArticle } from '../../src/graph/ingest';
import { IngestQueue } from '../../src/ingest/queue/producer';
import { startIngestWorker } from '../../src/ingest/queue/worker';
import { codesOf, errorsOf, startTestApi, type TestApi } from './support/api';
import { useApiSuite } from './support/lifecycle';

jest.setTimeout(120_000);

const API_KEY = 'test-key-async-0123456789';
const ARTICLE_ID = 'api-e2e-async-article';
const TEXT = 'The European Union imposed new sanctions on Belarus on Friday, diplomats in Brussels said.';
const AUTH = { authorization: `Bearer ${API_KEY}` };

const suite = useApiSuite({ apiKey: API_KEY });
let queue: IngestQueue;
let queuedApi: TestApi;
let fast: OpenAnalyzer;
let worker: Worker | undefined;

const INGEST_ASYNC = gql`
  mutation ($input: ArticleInput!) {
    ingestArticle(input: $input, async: true) {
      articleId
      status
      jobId
      article {
        id
      }
    }
  }
`;
const JOB = gql`
  query ($id: ID!) {
    ingestJob(id: $id) {
      id
      state
      articleId
      attempts
      failedReason
      result {
        articleId
        status
        entities
      }
    }
  }
`;

interface JobAnswer {
  ingestJob: {
    id: string;
    state: string;
    articleId: string | null;
    attempts: number;
    failedReason: string | null;
    result: { articleId: string; status: string; entities: number } | null;
  } | null;
}

beforeAll(async () => {
  const redisUrl = process.env.NEWSGRAPH_REDIS_URL ?? '';
  if (redisUrl === '') throw new Error('NEWSGRAPH_REDIS_URL is not set: run through jest (global setup)');
  const config = loadConfig({ ...process.env, NEWSGRAPH_ANALYZER: 'fast' });
  queue = new IngestQueue(redisUrl, config.queue);
  fast = openAnalyzer(config, { analyzer: 'fast', coreNlpUrls: [] });
  await deleteArticle(suite.db, ARTICLE_ID);
  const plan = {
    analyzer: 'fast' as const,
    analyzerVersion: analyzerVersionOf('fast'),
    maxArticleBytes: 100_000,
  };
  queuedApi = await startTestApi(suite.db, {
    apiKey: API_KEY,
    writer: graphArticleWriter(suite.db, fast.extractor, queuedArticles(queue, plan)),
  });
}, 60_000);

afterAll(async () => {
  await worker?.close();
  await queuedApi?.close();
  await queue?.close();
  await fast?.close();
  await deleteArticle(suite.db, ARTICLE_ID).catch(() => undefined);
});

it('enqueues, answers with a job id at once, and reports the job until a worker has written it', async () => {
  const client = queuedApi.client(AUTH);
  const input = { id: ARTICLE_ID, text: TEXT };
  const queued = await client.request<{
    ingestArticle: { articleId: string; status: string; jobId: string; article: null };
  }>(INGEST_ASYNC, { input });
  expect(queued.ingestArticle).toEqual({
    articleId: ARTICLE_ID,
    status: 'QUEUED',
    jobId: expect.stringMatching(/^[0-9a-f]{64}$/),
    article: null,
  });
  const { jobId } = queued.ingestArticle;
  const again = await client.request<{ ingestArticle: { jobId: string } }>(INGEST_ASYNC, { input });
  expect(again.ingestArticle.jobId).toBe(jobId);

  const waiting = await client.request<JobAnswer>(JOB, { id: jobId });
  expect(waiting.ingestJob).toMatchObject({
    id: jobId,
    state: 'WAITING',
    articleId: ARTICLE_ID,
    result: null,
  });

  worker = startIngestWorker({
    redisUrl: process.env.NEWSGRAPH_REDIS_URL ?? '',
    db: suite.db,
    extractorFor: async () => fast.extractor,
    concurrency: 1,
    maxArticleBytes: 100_000,
    lockMs: 30_000,
  });
  const deadline = Date.now() + 60_000;
  let answer: JobAnswer = waiting;
  while (answer.ingestJob?.state !== 'COMPLETED' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await client.request<JobAnswer>(JOB, { id: jobId });
  }
  expect(answer.ingestJob).toMatchObject({
    state: 'COMPLETED',
    attempts: 1,
    failedReason: null,
    result: { articleId: ARTICLE_ID, status: 'NEW', entities: expect.any(Number) },
  });
  expect(answer.ingestJob?.result?.entities).toBeGreaterThan(0);
  const stored = await client.request<{ article: { id: string } | null }>(
    gql`
      query ($id: ID!) {
        article(id: $id) {
          id
        }
      }
    `,
    { id: ARTICLE_ID },
  );
  expect(stored.article).toEqual({ id: ARTICLE_ID });
});

it('an unknown job is null; async ingest and ingestJob need the API key', async () => {
  const none = await queuedApi.client(AUTH).request<JobAnswer>(JOB, { id: 'no-such-job' });
  expect(none.ingestJob).toBeNull();
  expect(codesOf(await errorsOf(queuedApi.client().request(JOB, { id: 'no-such-job' })))).toEqual([
    'UNAUTHENTICATED',
  ]);
  const refused = await errorsOf(queuedApi.client().request(INGEST_ASYNC, { input: { text: TEXT } }));
  expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
});

it('a server without a queue refuses async with BAD_USER_INPUT and a reason', async () => {
  const errors = await errorsOf(suite.api.client(AUTH).request(INGEST_ASYNC, { input: { text: TEXT } }));
  expect(codesOf(errors)).toEqual(['BAD_USER_INPUT']);
  expect(errors[0]?.message).toMatch(/no ingest queue \(NEWSGRAPH_REDIS_URL is unset\)/);
  const jobErrors = await errorsOf(suite.api.client(AUTH).request(JOB, { id: 'x' }));
  expect(codesOf(jobErrors)).toEqual(['BAD_USER_INPUT']);
});
