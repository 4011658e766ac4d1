/**
 * What the benchmarks share: where the project is (they run from dist/bench/bench/), the built code
 * users run (dist/), an embedded Neo4j of a benchmark's own with fresh data, and a CoreNLP server of its own.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreNlpServer } from '../src/services/corenlp';
import type { EmbeddedNeo4j } from '../src/devdb';
import type { GraphDatabase } from '../src/graph/database';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

/** A module of the built project (types from src/, code from dist/, which finds cypher/ from there). */
export function built<T>(relative: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(PROJECT_ROOT, 'dist', relative)) as T;
}

export interface BenchNeo4jOptions {
  /** Names the instance folder, .neo4j/instances/<name>-<boltPort>. */
  readonly name: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly log: (message: string) => void;
}

/**
 * Starts the benchmark's own embedded Neo4j (in the home NEWSGRAPH_NEO4J_HOME names, default .neo4j/)
 * with its data emptied first, stopping it first when a previous run left it running.
 */
export async function startFreshNeo4j(options: BenchNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { loadConfig } = built<typeof import('../src/config')>('config.js');
  const { EmbeddedNeo4j } = built<typeof import('../src/devdb')>('devdb/index.js');
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  const server = new EmbeddedNeo4j({
    ...base.embedded,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    heap: options.heap,
    pageCache: options.pageCache,
    instanceDir: path.join(base.embedded.home, 'instances', `${options.name}-${options.boltPort}`),
    password: null,
    progress: options.log,
  });
  if (server.runningPid() !== null) await server.stop();
  rmSync(path.join(server.status().instanceDir, 'data'), { recursive: true, force: true });
  await server.start();
  return server;
}

export interface BenchCoreNlpOptions {
  /** Names the home, <OS temp folder>/newsgraph-bench-<name>-<port> (its downloads kept between runs). */
  readonly name: string;
  readonly port: number;
  readonly heap: string;
  readonly threads: number;
  readonly log: (message: string) => void;
}

/** The benchmark's own CoreNLP server (not started) and its home. */
export function benchCoreNlpServer(options: BenchCoreNlpOptions): { server: CoreNlpServer; home: string } {
  const { CoreNlpServer } = built<typeof import('../src/services/corenlp')>('services/corenlp/index.js');
  const home = path.join(os.tmpdir(), `newsgraph-bench-${options.name}-${options.port}`);
  const server = new CoreNlpServer({
    home,
    port: options.port,
    heap: options.heap,
    threads: options.threads,
    requestTimeoutMs: 600_000,
    startTimeoutMs: 900_000,
    progress: (message) => options.log(`[corenlp] ${message}`),
  });
  return { server, home };
}

/** Deletes every node and relationship of a benchmark's own database, in batches. */
export async function emptyGraph(db: GraphDatabase): Promise<void> {
  const session = db.driver.session({ database: db.connection.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
