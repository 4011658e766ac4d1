/**
 * bench:api: three representative GraphQL queries through the real server (`newsgraph serve` in its own
 * process; autocannon, 32 connections, 10 s each), and the same data fetched by the same Cypher straight
 * through the driver (32 concurrent loops, 10 s), on the sample article; after a warm-up of every query
 * both ways, BENCH_WARMUP_S (10) seconds each. Writes bench/results/api.json.
 * Neo4j: NEO4J_URI when set (the sample article is added to it); otherwise an embedded instance of its
 * own (NEWSGRAPH_BENCH_API_BOLT_PORT, default 27797, fresh data), stopped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphReader as GraphReaderType } from '../src/graph/read';
import { built, PROJECT_ROOT, startFreshNeo4j } from './project';

const { loadConfig } = built<typeof import('../src/config')>('config');
const { ingestArticle } = built<typeof import('../src/graph/ingest')>('graph/ingest');
const { openDatabase } = built<typeof import('../src/graph/open-database')>('graph/open-database');
const { entitySeek, GraphReader } = built<typeof import('../src/graph/read')>('graph/read');
type GraphReader = GraphReaderType;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const SAMPLE_ID = 'belarus-embassy-closure';
const BOLT_PORT = Number(process.env.NEWSGRAPH_BENCH_API_BOLT_PORT ?? 27797);
const API_PORT = Number(process.env.NEWSGRAPH_BENCH_API_PORT ?? 27799);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 10);

/** `newsgraph serve` in a process of its own, as users run it: the load generator never shares its loop. */
async function serve(neo4j: { uri: string; user: string; password: string } | null) {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'serve'], {
    env: {
      ...process.env,
      ...(neo4j === null
        ? {}
        : { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password }),
      NEWSGRAPH_PORT: String(API_PORT),
      NEWSGRAPH_API_KEY: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API: (\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`newsgraph serve exited (${code}): ${output}`)));
  });
  return { url, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** An embedded Neo4j of the benchmark's own, with fresh data; null when NEO4J_URI names a server. */
function benchNeo4j(config: ReturnType<typeof loadConfig>) {
  if (config.neo4j.uri !== null) return null;
  return startFreshNeo4j({
    name: 'bench-api',
    boltPort: BOLT_PORT,
    httpPort: BOLT_PORT + 1,
    heap: '1g',
    pageCache: '256m',
    log: (message) => process.stderr.write(`[bench:api] ${message}\n`),
  });
}

interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The same data through the same Cypher, without GraphQL. */
  raw(reader: GraphReader, ids: { lukashenko: string }): Promise<unknown>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'entities(first: 20) with relations(first: 10) and their objects',
    query: `{ entities(first: 20) { edges { node { id name relations(first: 10) { edges { node { predicate object { name } } } } } } } }`,
    async raw(reader) {
      const filter = {
        types: null,
        namePrefix: null,
        nameContains: null,
        articleId: null,
        minMentions: null,
        maxMentions: null,
      };
      const page = await reader.entitiesPage(filter, 'NAME_ASC', entitySeek('NAME_ASC', filter, null, 21));
      const ids = page.slice(0, 20).map((row) => row.id);
      const entities = await reader.entitiesById(ids);
      const relations = await reader.entityRelations(ids, 'BOTH', null, { after: null, limit: 11 });
      const objects = [
        ...new Set([...relations.values()].flatMap((p) => p.items.slice(0, 10).map((r) => r.objectId))),
      ];
      return [entities, await reader.entitiesById(objects)];
    },
  },
  {
    name: 'searchEntities("Lukashenka", first: 10)',
    query: `{ searchEntities(query: "Lukashenka", first: 10) { score entity { id name aliases } } }`,
    async raw(reader) {
      const hits = await reader.searchEntities(
        { luceneQuery: '(lukashenka^4 OR lukashenka*^2 OR lukashenka~2)', acronym: null, numeric: false },
        10,
      );
      return reader.entitiesById(hits.map((hit) => hit.id));
    },
  },
  {
    name: 'one entity with its relations and evidence',
    query: `query ($id: ID!) { entity(id: $id) { name aliases relations(first: 20) { totalCount edges { node { predicate subject { name } object { name } confidence evidence { text article { title } } } } } } }`,
    async raw(reader, ids) {
      const [entity] = await reader.entitiesById([ids.lukashenko]);
      const relations = await reader.entityRelations([ids.lukashenko], 'BOTH', null, {
        after: null,
        limit: 21,
      });
      const items = relations.get(ids.lukashenko)?.items ?? [];
      const others = [...new Set(items.flatMap((r) => [r.subjectId, r.objectId]))];
      const articles = [...new Set(items.flatMap((r) => r.facts.map((f) => f.articleId)))];
      return [entity, await reader.entitiesById(others), await reader.articlesById(articles)];
    },
  },
];

/** 32 loops calling `work` until the time is up; requests per second and latency percentiles in ms. */
async function rawLoad(
  work: () => Promise<unknown>,
  seconds: number,
): Promise<{ reqPerSec: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const start = process.hrtime.bigint();
        await work();
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
  return { reqPerSec: Math.round((latencies.length / seconds) * 10) / 10, p50: at(0.5), p99: at(0.99) };
}

async function main(): Promise<void> {
  const base = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const neo4j = await benchNeo4j(base);
  const config =
    neo4j === null
      ? base
      : {
          ...base,
          neo4j: { ...base.neo4j, uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password },
        };
  const db = await openDatabase(config, (message) => process.stderr.write(`${message}\n`));
  const text = readFileSync(path.join(PROJECT_ROOT, 'samples', 'belarus-embassy-closure.txt'), 'utf8');
  const reader = new GraphReader(db);
  if ((await reader.articlesById([SAMPLE_ID])).length === 0) {
    await ingestArticle(db, { id: SAMPLE_ID, text, date: '2022-02-28', source: 'DailyMail.com' });
  }
  const [hit] = await reader.searchEntities(
    { luceneQuery: '(lukashenko^4 OR lukashenko~2)', acronym: null, numeric: false },
    1,
  );
  const ids = { lukashenko: hit?.id ?? 'person:alexander-lukashenko' };
  const server = await serve(
    neo4j === null ? null : { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password },
  );
  const results = [];
  try {
    const loads = SCENARIOS.map((scenario) => {
      const body = JSON.stringify({
        query: scenario.query,
        variables: scenario.query.includes('$id') ? { id: ids.lukashenko } : {},
      });
      return {
        scenario,
        graphql: (duration: number) =>
          autocannon({
            url: server.url,
            connections: CONNECTIONS,
            duration,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
        raw: (duration: number) => rawLoad(() => scenario.raw(reader, ids), duration),
      };
    });
    // Warm-up of every query both ways first: Neo4j's JIT on two cores takes tens of seconds, and the
    // first measurement must not pay for it.
    for (const load of loads) {
      process.stderr.write(`warm-up: ${load.scenario.name}...\n`);
      await load.graphql(WARMUP_S);
      await load.raw(WARMUP_S);
    }
    for (const [index, load] of loads.entries()) {
      process.stderr.write(`measuring: ${load.scenario.name}...\n`);
      // Which side goes first alternates, so a drift of the machine does not favour one.
      let api: AutocannonResult;
      let raw: Awaited<ReturnType<typeof rawLoad>>;
      if (index % 2 === 0) {
        api = await load.graphql(DURATION_S);
        raw = await load.raw(DURATION_S);
      } else {
        raw = await load.raw(DURATION_S);
        api = await load.graphql(DURATION_S);
      }
      results.push({
        query: load.scenario.name,
        graphql: {
          reqPerSec: api.requests.average,
          p50Ms: api.latency.p50,
          p99Ms: api.latency.p99,
          errors: api.errors,
          non2xx: api.non2xx,
        },
        rawCypher: { reqPerSec: raw.reqPerSec, p50Ms: raw.p50, p99Ms: raw.p99 },
        graphqlToRawThroughput: Math.round((api.requests.average / raw.reqPerSec) * 100) / 100,
      });
    }
  } finally {
    await server.stop();
    await db.close();
    await neo4j?.stop();
  }
  const report = {
    tool: 'autocannon 9 against `newsgraph serve` in its own process (GraphQL over HTTP); 32 concurrent loops over the neo4j driver in the bench process (raw Cypher); each after a warm-up',
    date: new Date().toISOString(),
    warmupSeconds: WARMUP_S,
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    data: 'samples/belarus-embassy-closure.txt, ingested',
    results,
  };
  mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    path.join(PROJECT_ROOT, 'bench', 'results', 'api.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
