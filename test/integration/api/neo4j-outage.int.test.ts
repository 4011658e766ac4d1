/**
 * A Neo4j outage is reported at once and the API recovers by itself (issue 13, item 4), and the same under
 * load: Neo4j stopped and killed while a few loops query the API (the fault suite). The Neo4j this test
 * stops and kills is its own embedded server (ports 17717/17417, or NEWSGRAPH_TEST_OUTAGE_BOLT_PORT and
 * NEWSGRAPH_TEST_OUTAGE_HTTP_PORT; its own instance folder), found by its pid file, never the shared
 * test server.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { EmbeddedNeo4j } from '../../../src/devdb';
import { waitForExit } from '../../../src/devdb/process-control';
import { GraphDatabase } from '../../../src/graph/database';
import { applySchema } from '../../../src/graph/schema';
import { startWithRun } from '../../setup/reaper';
import { startTestApi, type TestApi } from '../../e2e/support/api';
import { count, envCount, reportFigures } from '../../helpers/soak-figures';

/** Under load: concurrent query loops, and how many stop-and-kill cycles (each: SIGTERM, then SIGKILL). */
const LOOPS = envCount('NEWSGRAPH_OUTAGE_LOOPS', 4);
const CYCLES = envCount('NEWSGRAPH_OUTAGE_CYCLES', 1);
/** Each loop's bound on requests, whatever happens (at least one request per 50 ms of outage otherwise). */
const MAX_REQUESTS_PER_LOOP = envCount('NEWSGRAPH_OUTAGE_MAX_REQUESTS', 5_000);
/**
 * From the moment the restarted Neo4j answers Bolt to the API's first normal answer: measured at about
 * 23 s on a loaded 2-core machine (the existing test above sees the same; Neo4j answers Bolt before its
 * database is available), so 60 s, the bound the test above polls for.
 */
const RECOVERY_BOUND_MS = 60_000;
/**
 * No request may hang: while Neo4j is down every answer comes within BOUND_MS (NEWSGRAPH_DB_RETRY_MS plus
 * a connection attempt), but a request caught in a transition (Neo4j shutting down after SIGTERM, or
 * starting and not yet serving its database) waits for that too, up to its own deadline (the query
 * timeout, 10 s, plus a 2 s grace). Bound: 20 s. Observed once above the deadline: a request sent just
 * after a SIGKILL answered 503 after 15.3 s (cause not found yet; other runs stay under 9 s).
 */
const HANG_BOUND_MS = 20_000;

jest.setTimeout(300_000 + CYCLES * 240_000);

const BOLT_PORT = Number(process.env.NEWSGRAPH_TEST_OUTAGE_BOLT_PORT ?? 17717);
const HTTP_PORT = Number(process.env.NEWSGRAPH_TEST_OUTAGE_HTTP_PORT ?? 17417);
const config = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
/** NEWSGRAPH_DB_RETRY_MS's default. */
const RETRY_MS = config.neo4j.retryMs;
/**
 * The retry budget, the last attempt and a request's own work: RETRY_MS plus 5 s. What the bound must tell
 * apart is an answer ended by the retry budget (3 s) from one ended by the transaction's deadline (the
 * query timeout, 10 s, plus a 2 s grace, so 12 s) or a hang: any bound between them does. A 2 s margin
 * failed once on a CI host three times slower than usual (12 concurrent requests, 5.09 s).
 */
const BOUND_MS = RETRY_MS + 5_000;

// Only where this test can start an embedded Neo4j of its own (not against an external NEO4J_URI).
const describeEmbedded = process.env.NEWSGRAPH_TEST_BROWSER_URL !== undefined ? describe : describe.skip;

describeEmbedded('a Neo4j outage', () => {
  let server: EmbeddedNeo4j;
  let database: GraphDatabase;
  let api: TestApi;

  beforeAll(async () => {
    server = new EmbeddedNeo4j({
      ...config.embedded,
      boltPort: BOLT_PORT,
      httpPort: HTTP_PORT,
      heap: '384m',
      pageCache: '64m',
      instanceDir: path.join(config.embedded.home, 'instances', `outage-${BOLT_PORT}`),
      password: null,
      progress: (message) => process.stderr.write(`[outage neo4j] ${message}\n`),
    });
    if (server.runningPid() === null) {
      rmSync(path.join(server.status().instanceDir, 'data'), { recursive: true, force: true });
      await startWithRun(server, () => server.start());
    }
    database = GraphDatabase.connect(
      { uri: server.boltUri, user: server.user, password: server.password, database: 'neo4j' },
      { queryTimeoutMs: config.neo4j.queryTimeoutMs, maxRetryTimeMs: RETRY_MS },
    );
    // Bolt answers before the database is available (seconds later on a loaded machine): retry until it is.
    const deadline = performance.now() + 120_000;
    for (;;) {
      try {
        await applySchema(database);
        break;
      } catch (error) {
        if (performance.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    api = await startTestApi(database);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await database?.close();
    await server?.stop();
  });

  async function ask(
    query = '{ articles(first: 1) { totalCount } }',
  ): Promise<{ status: number; retryAfter: string | null; code?: string; ms: number }> {
    const started = performance.now();
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as {
      errors?: { message?: string; extensions?: { code?: string; requestId?: string } }[];
    };
    const error = body.errors?.[0];
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      // An error without a code is recorded as such: only DATABASE_UNAVAILABLE may answer during an outage.
      ...(error === undefined
        ? {}
        : {
            code: error.extensions?.code ?? 'NO_CODE',
            message: error.message,
            requestId: error.extensions?.requestId,
          }),
      ms: performance.now() - started,
    };
  }

  /** Asks every 500 ms until the API answers normally or RECOVERY_BOUND_MS have passed; the last answer. */
  async function answering(): Promise<Awaited<ReturnType<typeof ask>>> {
    const started = performance.now();
    let answer = await ask();
    while (answer.status !== 200 && performance.now() - started < RECOVERY_BOUND_MS) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await ask();
    }
    return answer;
  }

  it('answers while Neo4j is up', async () => {
    expect(await ask()).toMatchObject({ status: 200, retryAfter: null });
  });

  it('answers every request 503 with Retry-After within NEWSGRAPH_DB_RETRY_MS while it is down, then recovers', async () => {
    await server.stop();
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => ask()));
      process.stderr.write(
        `[outage] 503 after ${Math.round(Math.min(...answers.map((a) => a.ms)))}–` +
          `${Math.round(Math.max(...answers.map((a) => a.ms)))} ms (NEWSGRAPH_DB_RETRY_MS ${RETRY_MS})\n`,
      );
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(answer.ms).toBeLessThan(BOUND_MS);
      }
      const readiness = await fetch(`${api.baseUrl}/readyz`);
      expect(readiness.status).toBe(503);
    } finally {
      // Up again whatever failed above, so that the tests after this one test what they say.
      await startWithRun(server, () => server.start());
    }
    const restarted = performance.now();
    expect(await answering()).toMatchObject({ status: 200, retryAfter: null });
    process.stderr.write(
      `[outage] answering again ${Math.round(performance.now() - restarted)} ms after the restart\n`,
    );
  });
  describe('under load', () => {
    const QUERIES = [
      '{ articles(first: 1) { totalCount } }',
      '{ entities(first: 5, orderBy: MENTION_COUNT_DESC) { totalCount edges { node { id name } } } }',
      '{ searchEntities(query: "Belarus", first: 3) { score entity { id } } }',
      '{ relations(first: 5) { totalCount edges { node { predicate evidenceCount } } } }',
      '{ predicates { predicate count } }',
    ];

    interface Sent {
      status: number;
      code?: string;
      message?: string;
      requestId?: string;
      retryAfter: string | null;
      ms: number;
      sentAt: number;
      answeredAt: number;
    }

    /** LOOPS loops, each asking one query after another until stopped or out of its bounded count. */
    function startLoad() {
      const answers: Sent[] = [];
      let stopped = false;
      const loop = async (index: number) => {
        for (let i = 0; i < MAX_REQUESTS_PER_LOOP && !stopped; i += 1) {
          const sentAt = performance.now();
          try {
            const answer = await ask(QUERIES[(index + i) % QUERIES.length]);
            answers.push({ ...answer, sentAt, answeredAt: performance.now() });
          } catch (error) {
            // A request that hung past ask()'s 30 s timeout or lost its connection: recorded, asserted below.
            answers.push({
              status: 0,
              code: (error as Error).name,
              retryAfter: null,
              ms: performance.now() - sentAt,
              sentAt,
              answeredAt: performance.now(),
            });
          }
        }
      };
      const done = Promise.all(Array.from({ length: LOOPS }, (_, index) => loop(index)));
      return {
        answers,
        async stop() {
          stopped = true;
          await done;
        },
      };
    }

    /** Polls a real condition (every 20 ms) until it holds, or fails after timeoutMs. */
    async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (!condition()) {
        if (performance.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it(`Neo4j stopped and killed while ${LOOPS} loops query: 503 + Retry-After within the bound, none hang, recovery within ${RECOVERY_BOUND_MS} ms`, async () => {
      const codes: Record<string, number> = {};
      const latenciesMs: number[] = [];
      const recoveriesMs: number[] = [];
      let outageAnswers = 0;
      let outageMaxMs = 0;
      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        for (const how of ['SIGTERM', 'SIGKILL'] as const) {
          // Neo4j was restarted just before (by the test above, or the previous cycle): serving again first.
          expect((await answering()).status).toBe(200);
          const load = startLoad();
          try {
            await until(
              () => load.answers.filter((a) => a.status === 200).length >= LOOPS * 2,
              60_000,
              'answers before the outage',
            );
            const pid = server.runningPid();
            expect(pid).not.toBeNull();
            if (how === 'SIGTERM') await server.stop();
            else {
              process.kill(pid as number, 'SIGKILL');
              expect(await waitForExit(pid as number, 30_000)).toBe(true);
            }
            const down = performance.now();
            await until(
              () =>
                load.answers.filter((a) => a.sentAt >= down && a.code === 'DATABASE_UNAVAILABLE').length >=
                LOOPS * 3,
              60_000,
              `DATABASE_UNAVAILABLE answers after ${how}`,
            );
            const restarting = performance.now();
            await startWithRun(server, () => server.start());
            const restarted = performance.now();
            await until(
              () => load.answers.some((a) => a.sentAt >= restarted && a.status === 200),
              RECOVERY_BOUND_MS,
              `a normal answer after the restart (${how})`,
            );
            const first = load.answers.find((a) => a.sentAt >= restarted && a.status === 200) as Sent;
            recoveriesMs.push(first.answeredAt - restarted);
            process.stderr.write(
              `[outage load] ${how}: answering again ${Math.round(first.answeredAt - restarted)} ms after the restart\n`,
            );
            // While Neo4j was down (after it exited, before its restart began): every answer 503 in time.
            const during = load.answers.filter((a) => a.sentAt >= down && a.answeredAt <= restarting);
            expect(during.length).toBeGreaterThanOrEqual(LOOPS * 3);
            for (const answer of during) {
              expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
              expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
            }
            expect(during.filter((a) => a.ms >= BOUND_MS)).toEqual([]);
            outageAnswers += during.length;
            outageMaxMs = Math.max(outageMaxMs, ...during.map((a) => a.ms));
          } finally {
            await load.stop();
          }
          // Every answer, before, during and after: normal (200, no error), 503 DATABASE_UNAVAILABLE, or
          // QUERY_TIMEOUT (a statement stopped at NEWSGRAPH_QUERY_TIMEOUT_MS: just after a restart Neo4j
          // plans every statement cold, about 5 s each for the composed entity pages, while the loops go
          // on); none hanging. Any other error (an INTERNAL_SERVER_ERROR, seen when Neo4j's
          // DatabaseUnavailable went untranslated) fails the test.
          for (const answer of load.answers) {
            latenciesMs.push(answer.ms);
            count(codes, answer.code ?? String(answer.status));
          }
          const abnormal = load.answers.filter(
            (a) =>
              !(a.status === 200 && (a.code === undefined || a.code === 'QUERY_TIMEOUT')) &&
              !(a.status === 503 && a.code === 'DATABASE_UNAVAILABLE'),
          );
          // With what the server logged for each (an internal error is logged in full under its request id).
          const logged = (answer: Sent) =>
            api.logs
              .filter((line) => answer.requestId !== undefined && line.requestId === answer.requestId)
              .map((line) => line.err);
          expect(abnormal.map((answer) => ({ ...answer, logged: logged(answer) }))).toEqual([]);
          const hanging = load.answers.filter((a) => a.ms >= HANG_BOUND_MS);
          expect(hanging.map((answer) => ({ ...answer, logged: logged(answer) }))).toEqual([]);
        }
      }
      expect(recoveriesMs.every((ms) => ms < RECOVERY_BOUND_MS)).toBe(true);
      reportFigures({
        suite: 'outage',
        operations: latenciesMs.length,
        loops: LOOPS,
        cycles: CYCLES,
        codes,
        outageAnswers,
        outageMaxMs: Math.round(outageMaxMs),
        boundMs: BOUND_MS,
        allMaxMs: Math.round(Math.max(...latenciesMs)),
        recoveriesMs: recoveriesMs.map(Math.round),
        latenciesMs,
      });
    });
  });
});
