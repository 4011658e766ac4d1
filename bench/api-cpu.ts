/**
 * `npm run bench:api-cpu`: where bench:api's time goes. For each of bench:api's six queries and each
 * side (ours, the peer @neo4j/graphql, hand-written Cypher through the driver), the CPU time each process
 * spends per request: Neo4j, the side's GraphQL server, and the load generator (autocannon for the
 * GraphQL sides; for the Cypher side, the driver loop in this process). On a machine where the client,
 * the server and Neo4j share the cores, throughput is about the cores divided by the total CPU per
 * request, so these figures say what a ratio of bench:api can reach: ours ≥ 1.5 × the peer needs a total
 * of at most two thirds of the peer's.
 *
 * Protocol (fixed here before any run): bench:api's graph (built or cached as bench:api does it), its
 * servers and queries; 16 connections; per query and side one warm-up of WARMUP_S seconds, then RUNS runs
 * of RUN_S seconds, the sides alternating; a process's CPU is its user + system time from /proc/<pid>/stat
 * (Linux only) over the run, divided by the requests the run completed; the figure is the median over the
 * runs. The answers are not compared here (bench:api does that). Bound: 6 queries × 3 sides × (15 + 2 × 8)
 * s ≈ 9.5 minutes of load. Writes bench/results/api-cpu.json and prints the table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { openBenchGraph } from './api/graph';
import type { SideName } from './api/equivalence';
import { loadSide } from './api/load';
import { BUILD_CONCURRENCY, NEO4J, PORTS } from './api/protocol';
import { benchQueries, type BenchQuery } from './api/queries';
import { median } from './measure';
import { startOurs, startPeer, type RunningServer } from './api/servers';
import { subjectOf } from './api/subject';
import { PROJECT_ROOT } from './project';

const PROTOCOL = { connections: 16, warmupSeconds: 15, runs: 2, runSeconds: 8 } as const;
const DATABASE = 'neo4j';
const SIDES: readonly SideName[] = ['ours', 'peer', 'cypher'];

function log(message: string): void {
  process.stderr.write(`[bench:api-cpu] ${message}\n`);
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: the fields after it start behind its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * (1000 / 100);
}

function selfCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

interface Processes {
  readonly neo4jPid: number;
  readonly ours: RunningServer;
  readonly peer: RunningServer;
  readonly driver: Driver;
}

interface CpuSample {
  readonly query: string;
  readonly side: SideName;
  readonly requestsPerSecond: number;
  /** CPU ms per request of Neo4j, the side's server (0 for the Cypher side), the load generator. */
  readonly neo4jMs: number;
  readonly serverMs: number;
  readonly loadMs: number;
}

async function measure(query: BenchQuery, side: SideName, processes: Processes): Promise<CpuSample> {
  const serverPid = side === 'cypher' ? null : (processes[side].pid ?? null);
  const before = {
    neo4j: cpuMsOf(processes.neo4jPid),
    server: serverPid === null ? 0 : cpuMsOf(serverPid),
    self: selfCpuMs(),
  };
  const result = await loadSide(query, side, processes, DATABASE, PROTOCOL.connections, PROTOCOL.runSeconds);
  const requests = Math.max(1, result.requestsPerSecond * PROTOCOL.runSeconds);
  const per = (ms: number) => round2(ms / requests);
  return {
    query: query.name,
    side,
    requestsPerSecond: Math.round(result.requestsPerSecond * 10) / 10,
    neo4jMs: per(cpuMsOf(processes.neo4jPid) - before.neo4j),
    serverMs: serverPid === null ? 0 : per(cpuMsOf(serverPid) - before.server),
    loadMs: per(selfCpuMs() - before.self),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function summarize(samples: readonly CpuSample[]) {
  const queries = [...new Set(samples.map((sample) => sample.query))];
  return queries.flatMap((query) =>
    SIDES.map((side) => {
      const runs = samples.filter((sample) => sample.query === query && sample.side === side);
      const neo4jMs = round2(median(runs.map((run) => run.neo4jMs)));
      const serverMs = round2(median(runs.map((run) => run.serverMs)));
      const loadMs = round2(median(runs.map((run) => run.loadMs)));
      return {
        query,
        side,
        requestsPerSecond: Math.round(median(runs.map((run) => run.requestsPerSecond)) * 10) / 10,
        neo4jMs,
        serverMs,
        loadMs,
        totalMs: round2(neo4jMs + serverMs + loadMs),
      };
    }),
  );
}

function markdownTable(rows: ReturnType<typeof summarize>): string {
  const lines = [
    '| query | side | req/s | Neo4j ms | server ms | load generator ms | total ms per request |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.query} | ${row.side} | ${row.requestsPerSecond} | ${row.neo4jMs} | ${row.side === 'cypher' ? '–' : row.serverMs} | ${row.loadMs} | ${row.totalMs} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('bench:api-cpu reads /proc: Linux only');
  const graph = await openBenchGraph({
    boltPort: PORTS.bolt,
    httpPort: PORTS.http,
    ...NEO4J,
    concurrency: BUILD_CONCURRENCY,
    rebuild: false,
    log,
  });
  const started: RunningServer[] = [];
  const driver = neo4j.driver(graph.neo4j.boltUri, neo4j.auth.basic(graph.neo4j.user, graph.neo4j.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
  });
  try {
    const neo4jPid = graph.neo4j.runningPid();
    if (neo4jPid === null) throw new Error('the benchmark Neo4j is not running');
    const login = { uri: graph.neo4j.boltUri, user: graph.neo4j.user, password: graph.neo4j.password };
    const ours = await startOurs(login, PORTS.ours);
    started.push(ours);
    const peer = await startPeer(login, PORTS.peer);
    started.push(peer);
    const processes: Processes = { neo4jPid, ours, peer, driver };
    const subject = await subjectOf(driver, DATABASE);
    const samples: CpuSample[] = [];
    for (const query of benchQueries(subject)) {
      for (const side of SIDES) {
        await loadSide(query, side, processes, DATABASE, PROTOCOL.connections, PROTOCOL.warmupSeconds);
      }
      for (let run = 0; run < PROTOCOL.runs; run += 1) {
        for (let index = 0; index < SIDES.length; index += 1) {
          const side = SIDES[(index + run) % SIDES.length] as SideName;
          const sample = await measure(query, side, processes);
          log(
            `${query.name} ${side} #${run + 1}: ${sample.requestsPerSecond} req/s; ms per request: Neo4j ${sample.neo4jMs}, server ${sample.serverMs}, load ${sample.loadMs}`,
          );
          samples.push(sample);
        }
      }
    }
    const rows = summarize(samples);
    const table = markdownTable(rows);
    const file = path.join(PROJECT_ROOT, 'bench', 'results', 'api-cpu.json');
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          benchmark: 'bench:api-cpu (issue 14)',
          date: new Date().toISOString(),
          machine: `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), node ${process.version}`,
          loadAverage: os.loadavg(),
          protocol: PROTOCOL,
          graph: graph.summary,
          subject,
          samples,
          rows,
          table,
        },
        null,
        2,
      )}\n`,
    );
    process.stdout.write(`${table}\nwritten to ${file}\n`);
  } finally {
    for (const server of started.reverse()) await server.stop();
    await driver.close();
    await graph.db.close();
    await graph.neo4j.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api-cpu failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
