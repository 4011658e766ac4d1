/**
 * Load of bench:api: autocannon 9 against a GraphQL endpoint (POST, the same body every time), and the
 * same number of concurrent loops sending the hand-written Cypher through neo4j-driver (each request a
 * managed read transaction, as the GraphQL servers run theirs), both for a fixed time.
 */
import type { Driver } from 'neo4j-driver';
import type { SideName } from './equivalence';
import type { BenchQuery, GraphqlRequest } from './queries';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
}

export async function httpLoad(
  url: string,
  request: GraphqlRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    timeout: 30,
  });
  const elapsed = result.duration > 0 ? result.duration : seconds;
  return {
    requestsPerSecond: result.requests.total / elapsed,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The three sides of bench:api: the two GraphQL servers' URLs and the driver of the Cypher side. */
export interface LoadSides {
  readonly ours: { readonly url: string };
  readonly peer: { readonly url: string };
  readonly driver: Driver;
}

/** One side's load of one query: autocannon against its server, or the driver loops for Cypher. */
export function loadSide(
  query: BenchQuery,
  side: SideName,
  sides: LoadSides,
  database: string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  if (side === 'cypher') return cypherLoad(sides.driver, database, query.cypher, connections, seconds);
  return httpLoad(sides[side].url, query[side], connections, seconds);
}

/** `connections` loops, each sending the statement again as soon as its answer (made plain) is read. */
export async function cypherLoad(
  driver: Driver,
  database: string,
  statement: { statement: string; params: Record<string, unknown> },
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const start = process.hrtime.bigint();
        try {
          await runCypher(driver, database, statement);
          latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.floor(0.99 * latencies.length))] ?? 0;
  return { requestsPerSecond: latencies.length / elapsed, p99Ms: p99, errors };
}

/** One read transaction running the statement; its records as plain objects. */
export async function runCypher(
  driver: Driver,
  database: string,
  statement: { statement: string; params: Record<string, unknown> },
): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(statement.statement, statement.params, {
    database,
    routing: 'READ',
  });
  return result.records.map((record) => record.toObject());
}

/** One GraphQL request: its `data`, or its errors' messages and codes. */
export async function postGraphql(
  url: string,
  request: GraphqlRequest,
): Promise<{ data?: unknown; errors?: { message: string; code?: string }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors !== undefined && body.errors.length > 0) {
    return { errors: body.errors.map((error) => ({ message: error.message, code: error.extensions?.code })) };
  }
  return { data: body.data };
}
