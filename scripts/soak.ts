/**
 * `npm run soak`: the fault and fuzz suites of `npm test`, longer. One jest run of the three suites (the
 * GraphQL fuzzer, the ingest-permutation property, Neo4j stopped and killed under load) with larger
 * counts, then their figures: operations, errors by code, p50/p99 latency, recovery times.
 *
 * Counts, by environment (each default applies only when the variable is unset):
 *   NEWSGRAPH_FUZZ_RUNS=2000          generated GraphQL operations
 *   NEWSGRAPH_PERMUTATION_RUNS=20     random orders and concurrencies of the 8-article corpus
 *   NEWSGRAPH_OUTAGE_CYCLES=3         stop-and-kill cycles (each: SIGTERM, restart, SIGKILL, restart)
 *   NEWSGRAPH_OUTAGE_LOOPS=6          concurrent query loops during them
 * About 8-10 minutes with these on a 2-core machine. NEWSGRAPH_FUZZ_SEED and NEWSGRAPH_PERMUTATION_SEED
 * repeat a run. Exits non-zero when a suite fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SUITES = [
  'test/e2e/graphql-fuzz.e2e.test.ts',
  'test/integration/graph/ingest-permutation.int.test.ts',
  'test/integration/api/neo4j-outage.int.test.ts',
];
const DEFAULTS: Record<string, string> = {
  NEWSGRAPH_FUZZ_RUNS: '2000',
  NEWSGRAPH_PERMUTATION_RUNS: '20',
  NEWSGRAPH_OUTAGE_CYCLES: '3',
  NEWSGRAPH_OUTAGE_LOOPS: '6',
};

function main(): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-soak-'));
  const report = path.join(dir, 'figures.jsonl');
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_SOAK_REPORT: report };
  for (const [name, value] of Object.entries(DEFAULTS)) env[name] ??= value;
  console.log(
    `soak: ${Object.keys(DEFAULTS)
      .map((name) => `${name}=${env[name]}`)
      .join(' ')}`,
  );
  const started = Date.now();
  const jest = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--selectProjects',
      'integration',
      'e2e',
      '--runTestsByPath',
      ...SUITES,
    ],
    { cwd: ROOT, env, stdio: 'inherit' },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  let lines: Record<string, unknown>[] = [];
  try {
    lines = readFileSync(report, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    lines = [];
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`\nsoak figures (${seconds} s in all; jest exit ${jest.status}):`);
  for (const line of lines) {
    const { suite, operations, codes, p50Ms, p99Ms, maxMs, ...rest } = line;
    console.log(
      `- ${String(suite)}: ${String(operations)} operations; by code ${JSON.stringify(codes)}; ` +
        `p50 ${String(p50Ms)} ms, p99 ${String(p99Ms)} ms, max ${String(maxMs)} ms; ${JSON.stringify(rest)}`,
    );
  }
  if (lines.length < SUITES.length)
    console.log(`(${SUITES.length - lines.length} suite(s) reported no figures)`);
  return jest.status === 0 && lines.length === SUITES.length ? 0 : 1;
}

process.exitCode = main();
