/**
 * The protocol of `npm run bench:api`, fixed here before any run (issue 14, "Bars"). Changing a figure
 * here changes the benchmark: say so in the README's figures.
 *
 * - Data: the SOTU corpus cut into 2,212 news-sized articles dated over 2025 (bench/api/graph.ts), ingested
 *   by the fast analyzer into the benchmark's own Neo4j (heap 1g, page cache 512m); the store is cached.
 * - Sides, each on the same Neo4j: ours (`newsgraph serve` in its own process, with
 *   NEWSGRAPH_ANALYZER=fast: it only reads, so no CoreNLP beside it), the peer (@neo4j/graphql 7 on
 *   Apollo Server 5, bench/neo4j-graphql/type-defs.graphql, its own process), and hand-written Cypher
 *   (one statement per query through neo4j-driver, in the bench process).
 * - Queries: the six of QUERIES (bench/api/queries.ts). Before any timing, each query's answers from the
 *   three sides are normalised and compared; a mismatch drops that query's timing and is reported. A query
 *   our build does not know (GraphQL validation error) is "unsupported on this build": the other two
 *   sides are still measured.
 * - Load: autocannon 9 (HTTP sides) and as many concurrent driver loops (Cypher side) at 16 and 32
 *   connections; per query, one warm-up of WARMUP_S seconds per side (30 s since 2026-12-02, before the
 *   ninth run; 10 s in runs one to eight: Neo4j plans our composed entity-page statement in about 5 s on
 *   its first request, and its JIT needs about 30 s of load before a statement runs at full speed, measured
 *   on the bench graph on 2026-12-02: 250 -> 950 req/s for one statement through the driver), then
 *   REPEATS rounds; in each round every side runs DURATION_S seconds at each connection count, the sides
 *   alternating (ours, peer, cypher; the next round starts from the next side), so drift of the machine
 *   favours no one.
 * - Figures: per query and connection count, the median over the repeats of requests per second, p99
 *   latency (median of the repeats' p99s); ratios ours/peer (bar ≥ 1.5) and ours/cypher (bar ≥ 0.8) of
 *   the median throughputs, each printed as met or missed. Never re-run to pass.
 * - Bound: 6 queries × 3 sides × (WARMUP_S + 3 repeats × 2 connection counts × DURATION_S) = 6 × 3 ×
 *   (30 + 30) s = 18 min of load, plus start-up and checks: under 21 minutes once the graph is cached
 *   (the first build adds its ingest time). BENCH_API_SMOKE=1: 1 repeat, 16 connections, 1 s warm-up and
 *   2 s runs (about 1.5 minutes), to check the benchmark works; its figures are not results.
 */

export const SMOKE = process.env.BENCH_API_SMOKE === '1';

export const PROTOCOL = SMOKE
  ? { connections: [16], repeats: 1, warmupSeconds: 1, durationSeconds: 2, smoke: true }
  : { connections: [16, 32], repeats: 3, warmupSeconds: 30, durationSeconds: 5, smoke: false };

export const BARS = { oursOverPeer: 1.5, oursOverCypher: 0.8 } as const;

/** Ports in the benchmark's own range; override with the env vars named. */
export const PORTS = {
  bolt: Number(process.env.NEWSGRAPH_BENCH_API_BOLT_PORT ?? 60100),
  http: Number(process.env.NEWSGRAPH_BENCH_API_HTTP_PORT ?? 60101),
  ours: Number(process.env.NEWSGRAPH_BENCH_API_PORT ?? 60102),
  peer: Number(process.env.NEWSGRAPH_BENCH_API_PEER_PORT ?? 60103),
};

export const NEO4J = { heap: '1g', pageCache: '512m' } as const;

/** Articles ingested at once while building the graph. */
export const BUILD_CONCURRENCY = Number(process.env.BENCH_API_BUILD_CONCURRENCY ?? 4);
