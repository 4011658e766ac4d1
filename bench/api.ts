/**
 * `npm run bench:api` (issue 14, "Bars"): our GraphQL API against @neo4j/graphql 7 (the peer, type
 * definitions in bench/neo4j-graphql/) and against hand-written Cypher through the driver, on a graph of
 * 2,212 articles, in one run. The protocol (data, queries, load, repeats, warm-up, durations, figures,
 * bars, time bound) is fixed in bench/api/protocol.ts; the queries and their normalisers are in
 * bench/api/queries.ts. Before timing, each query's answers are compared across the sides; a mismatch
 * stops that query's timing, and a query our build does not support is reported as such.
 *
 * Environment: BENCH_API_SMOKE=1 (a short run that checks the benchmark works; its figures are not
 * results), BENCH_API_REBUILD=1 (rebuild the cached graph), BENCH_API_BUILD_CONCURRENCY (4),
 * NEWSGRAPH_BENCH_API_BOLT_PORT / _HTTP_PORT / NEWSGRAPH_BENCH_API_PORT / NEWSGRAPH_BENCH_API_PEER_PORT
 * (60100-60103). Writes bench/results/api.json (a smoke run writes newsgraph-bench-api-smoke.json in
 * the OS temp folder instead) and prints the table.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { compareSides, describeDifferences, type SideName } from './api/equivalence';
import { openBenchGraph, type BenchGraph } from './api/graph';
import { loadSide, postGraphql, runCypher } from './api/load';
import { BARS, BUILD_CONCURRENCY, NEO4J, PORTS, PROTOCOL } from './api/protocol';
import { benchQueries, type BenchQuery } from './api/queries';
import { subjectOf } from './api/subject';
import { startOurs, startPeer, type RunningServer } from './api/servers';
import { markdownTable, queryFigures, type QueryNote, type Sample } from './api/verdict';
import { PROJECT_ROOT } from './project';

const DATABASE = 'neo4j';
const SIDES: readonly SideName[] = ['ours', 'peer', 'cypher'];

function log(message: string): void {
  process.stderr.write(`[bench:api] ${message}\n`);
}

interface Sides {
  readonly ours: RunningServer;
  readonly peer: RunningServer;
  readonly driver: Driver;
}

/** What was checked before timing, per query. */
interface QueryCheck {
  readonly query: string;
  /** The sides to time: empty when answers differ or the reference failed. */
  readonly timed: SideName[];
  /** Why a side (or, under `query`, the whole query) is not timed, for the table. */
  readonly notes: QueryNote;
  readonly report: string[];
}

/** Asks a GraphQL side once: its canonical answer, or why it has none (unsupported, an error). */
async function askGraphql(
  query: BenchQuery,
  side: 'ours' | 'peer',
  url: string,
): Promise<{ answer: unknown } | { failure: string; detail: string }> {
  try {
    const answer = await postGraphql(url, query[side]);
    if (answer.errors !== undefined) {
      const first = answer.errors[0];
      const detail = `${first?.code ?? 'no code'}: ${first?.message ?? ''}`;
      // A field or argument the schema does not have: this build does not support the query yet.
      if (side === 'ours' && first?.code === 'GRAPHQL_VALIDATION_FAILED') {
        return { failure: 'unsupported on this build', detail };
      }
      return { failure: 'error', detail };
    }
    return { answer: query.canonical[side](answer.data) };
  } catch (error) {
    return { failure: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Asks every side once and compares the canonical answers with the Cypher side's (the reference). A side
 * that fails is left out of the timing; answers that differ stop the query's timing.
 */
async function check(query: BenchQuery, sides: Sides): Promise<QueryCheck> {
  const report: string[] = [];
  const answers: Partial<Record<SideName, unknown>> = {};
  try {
    answers.cypher = query.canonical.cypher(await runCypher(sides.driver, DATABASE, query.cypher));
  } catch (error) {
    report.push(`cypher (the reference) failed: ${error instanceof Error ? error.message : String(error)}`);
    return {
      query: query.name,
      timed: [],
      notes: { query: 'the Cypher reference failed: not timed' },
      report,
    };
  }
  const notes: { -readonly [K in keyof QueryNote]: QueryNote[K] } = {};
  for (const side of ['ours', 'peer'] as const) {
    const result = await askGraphql(query, side, sides[side].url);
    if ('answer' in result) {
      answers[side] = result.answer;
    } else {
      notes[side] = result.failure;
      report.push(`${side}: ${result.failure} (${result.detail})`);
    }
  }
  const comparison = compareSides(answers);
  if (!comparison.equivalent) {
    report.push(...describeDifferences(comparison));
    return { query: query.name, timed: [], notes: { query: 'answers differ: not timed' }, report };
  }
  report.push(`answers equivalent (${Object.keys(answers).join(', ')})`);
  return { query: query.name, timed: SIDES.filter((side) => side in answers), notes, report };
}

/** Warm-up of each side, then the repeats, the sides alternating and each round starting one further. */
async function measure(query: BenchQuery, timed: readonly SideName[], sides: Sides): Promise<Sample[]> {
  const maxConnections = Math.max(...PROTOCOL.connections);
  for (const side of timed)
    await loadSide(query, side, sides, DATABASE, maxConnections, PROTOCOL.warmupSeconds);
  const samples: Sample[] = [];
  for (let repeat = 0; repeat < PROTOCOL.repeats; repeat += 1) {
    const order = timed.map((_, index) => timed[(index + repeat) % timed.length] as SideName);
    for (const connections of PROTOCOL.connections) {
      for (const side of order) {
        const result = await loadSide(query, side, sides, DATABASE, connections, PROTOCOL.durationSeconds);
        log(
          `${query.name} ${side} c${connections} #${repeat + 1}: ${result.requestsPerSecond.toFixed(1)} req/s, p99 ${result.p99Ms.toFixed(0)} ms${result.errors > 0 ? `, ${result.errors} errors` : ''}`,
        );
        samples.push({ query: query.name, side, connections, ...result });
      }
    }
  }
  return samples;
}

/**
 * The commit the servers run: read when the benchmark starts, just after `npm run bench:api` has built
 * dist/ (an edit to src/ during the run does not change what runs).
 */
function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'cypher'], { cwd: PROJECT_ROOT })
      .toString()
      .trim();
    return dirty === '' ? head : `${head} (with uncommitted changes to src/ or cypher/)`;
  } catch {
    return 'unknown';
  }
}

async function run(graph: BenchGraph, commit: string): Promise<void> {
  const loadBefore = os.loadavg();
  const login = { uri: graph.neo4j.boltUri, user: graph.neo4j.user, password: graph.neo4j.password };
  const driver = neo4j.driver(login.uri, neo4j.auth.basic(login.user, login.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
  });
  const started: RunningServer[] = [];
  onInterrupt(async () => {
    for (const server of [...started].reverse()) await server.stop();
  });
  try {
    const subject = await subjectOf(driver, DATABASE);
    log(`subject: ${subject.entityId}; search "${subject.searchText}" as ${subject.luceneQuery}`);
    const ours = await startOurs(login, PORTS.ours);
    started.push(ours);
    const peer = await startPeer(login, PORTS.peer);
    started.push(peer);
    const sides: Sides = { ours, peer, driver };
    const queries = benchQueries(subject);
    const checks: QueryCheck[] = [];
    const samples: Sample[] = [];
    for (const query of queries) {
      const checked = await check(query, sides);
      checks.push(checked);
      checked.report.forEach((line) => log(`${query.name}: ${line}`));
      if (checked.timed.length > 0) samples.push(...(await measure(query, checked.timed, sides)));
    }
    const figures = queryFigures(samples, BARS);
    const notes = Object.fromEntries(checks.map((c) => [c.query, c.notes]));
    const table = markdownTable(figures, notes);
    const result = {
      benchmark: 'bench:api (issue 14)',
      date: new Date().toISOString(),
      commit,
      machine: `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${process.platform} ${process.arch}, node ${process.version}`,
      /** 1, 5 and 15-minute load averages before and after the measurements: a shared machine shows here. */
      loadAverage: { before: loadBefore, after: os.loadavg() },
      protocol: PROTOCOL,
      bars: BARS,
      graph: graph.summary,
      subject,
      queries: queries.map((q) => ({
        name: q.name,
        description: q.description,
        ours: q.ours,
        peer: q.peer,
        cypher: q.cypher,
      })),
      checks,
      samples,
      figures,
      table,
    };
    const file = PROTOCOL.smoke
      ? path.join(os.tmpdir(), 'newsgraph-bench-api-smoke.json')
      : path.join(PROJECT_ROOT, 'bench', 'results', 'api.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `${table}\n\nqueries: ${queries.map((q) => `${q.name}: ${q.description}`).join('; ')}\nwritten to ${file}\n`,
    );
  } finally {
    for (const server of started.reverse()) await server.stop();
    await driver.close();
  }
}

/**
 * Ctrl-C (or SIGTERM) stops what the benchmark started (its API servers, then its Neo4j) before exiting:
 * the finally blocks below do not run when a signal ends the process.
 */
const interruptCleanups: (() => Promise<void>)[] = [];
function onInterrupt(cleanup: () => Promise<void>): void {
  interruptCleanups.push(cleanup);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the servers and Neo4j this run started...`);
    void (async () => {
      for (const cleanup of interruptCleanups.reverse()) await cleanup().catch(() => undefined);
      process.exit(130);
    })();
  });
}

async function main(): Promise<void> {
  const began = Date.now();
  const commit = commitOf();
  const graph = await openBenchGraph({
    boltPort: PORTS.bolt,
    httpPort: PORTS.http,
    ...NEO4J,
    concurrency: BUILD_CONCURRENCY,
    rebuild: process.env.BENCH_API_REBUILD === '1',
    log,
  });
  onInterrupt(async () => {
    await graph.db.close();
    await graph.neo4j.stop();
  });
  try {
    log(
      `graph: ${graph.summary.articles} articles, ${graph.summary.entities} entities, ${graph.summary.facts} facts, ${graph.summary.mentions} MENTIONS`,
    );
    await run(graph, commit);
  } finally {
    await graph.db.close();
    await graph.neo4j.stop();
    log(`done in ${Math.round((Date.now() - began) / 1000)} s`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
