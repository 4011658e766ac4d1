/**
 * The benchmark's graph: the SOTU corpus (public domain) cut into news-sized articles (≥ 2,000), each
 * given a publishedAt spread over one year (every 50th left undated, as some news is), ingested by the
 * fast analyzer through the real ingest path (ingestSources, bounded concurrency) into a Neo4j of the
 * benchmark's own. Building takes minutes, so the store is kept: the instance folder remembers the key
 * it was built for (corpus hash, dating scheme, extractor version, schema and write statements) in
 * graph.json and a later run with the same key starts on it in seconds. BENCH_API_REBUILD=1 forces a
 * rebuild (so does any change to the key).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4j } from '../../src/devdb';
import type { GraphDatabase } from '../../src/graph/database';
import type { SourceItem } from '../../src/ingest/sources';
import { toArticles } from '../corpus';
import { built, PROJECT_ROOT } from '../project';

export const DATING_SCHEME = 'day floor(i*365/n) from 2025-01-01; every 50th undated';
const FIRST_DAY = Date.UTC(2025, 0, 1);

export interface BenchArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly date: string | null;
}

export interface BenchGraph {
  readonly neo4j: EmbeddedNeo4j;
  readonly db: GraphDatabase;
  readonly summary: GraphSummary;
}

export interface GraphSummary {
  readonly key: string;
  readonly articles: number;
  readonly entities: number;
  readonly facts: number;
  readonly mentions: number;
  readonly buildSeconds: number;
}

/** Every speech cut into ~5,000-character pieces, in file order, dated over 2025. */
export function benchArticles(projectRoot: string = PROJECT_ROOT): BenchArticle[] {
  const dir = path.join(projectRoot, 'node_modules', '@stdlib', 'datasets-sotu', 'data');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const pieces = files.flatMap((file) =>
    toArticles(readFileSync(path.join(dir, file), 'utf8')).map((text, part) => ({
      speech: file.replace(/\.txt$/, ''),
      part,
      text,
    })),
  );
  return pieces.map((piece, index) => ({
    id: `sotu-${String(index + 1).padStart(4, '0')}`,
    title: `State of the Union ${piece.speech}, part ${piece.part + 1}`,
    text: piece.text,
    date: publishedAt(index, pieces.length),
  }));
}

/** YYYY-MM-DD spread evenly over 2025, oldest first; null for every 50th article. */
export function publishedAt(index: number, count: number): string | null {
  if (index % 50 === 49) return null;
  const day = Math.floor((index * 365) / count);
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

/** What the store depends on: a change to any of it rebuilds the graph. */
export function graphKey(articles: readonly BenchArticle[], extractorVersion: string): string {
  const hash = createHash('sha256');
  for (const article of articles) hash.update(`${article.id}\0${article.date}\0${article.text}\0`);
  hash.update(DATING_SCHEME).update(extractorVersion);
  const cypherDir = path.join(PROJECT_ROOT, 'cypher');
  hash.update(readFileSync(path.join(cypherDir, 'schema.cypher')));
  for (const file of readdirSync(path.join(cypherDir, 'write')).sort()) {
    if (file.endsWith('.cypher')) hash.update(readFileSync(path.join(cypherDir, 'write', file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface OpenGraphOptions {
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly concurrency: number;
  readonly rebuild: boolean;
  readonly log: (message: string) => void;
}

/** Starts the benchmark's Neo4j on the cached store, building the graph first when the key differs. */
export async function openBenchGraph(options: OpenGraphOptions): Promise<BenchGraph> {
  const { loadConfig } = built<typeof import('../../src/config')>('config.js');
  const { EmbeddedNeo4j } = built<typeof import('../../src/devdb')>('devdb/index.js');
  const { GraphDatabase } = built<typeof import('../../src/graph/database')>('graph/database.js');
  const { applySchema } = built<typeof import('../../src/graph/schema')>('graph/schema.js');
  const { fastAnalyzer, asExtractor } = built<typeof import('../../src/nlp/analyzer')>('nlp/analyzer.js');
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_PASSWORD: undefined });
  const instanceDir = path.join(base.embedded.home, 'instances', `bench-api-${options.boltPort}`);
  const neo4j = new EmbeddedNeo4j({
    ...base.embedded,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    heap: options.heap,
    pageCache: options.pageCache,
    instanceDir,
    password: null,
    progress: options.log,
  });
  const analyzer = fastAnalyzer();
  const articles = benchArticles();
  const key = graphKey(articles, analyzer.version);
  const markerFile = path.join(instanceDir, 'graph.json');
  const cached = readMarker(markerFile);
  const reuse = !options.rebuild && cached?.key === key;
  if (neo4j.runningPid() !== null) await neo4j.stop();
  if (!reuse) {
    options.log(cached === null ? 'no cached graph: building it' : `graph key changed (${key}): rebuilding`);
    rmSync(markerFile, { force: true });
    rmSync(path.join(instanceDir, 'data'), { recursive: true, force: true });
  }
  await neo4j.start();
  const db = GraphDatabase.connect(
    { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, database: 'neo4j' },
    { queryTimeoutMs: 120_000, writeTimeoutMs: 120_000, maxRetryTimeMs: 30_000 },
  );
  try {
    await db.verify();
    await applySchema(db);
    if (reuse && cached !== null) {
      await analyzer.close();
      options.log(`cached graph ${key}: ${cached.articles} articles, ${cached.facts} facts`);
      return { neo4j, db, summary: cached };
    }
    const started = process.hrtime.bigint();
    const summary = await ingestAll(db, articles, asExtractor(analyzer), options);
    await analyzer.close();
    const counts = await countGraph(db);
    const result: GraphSummary = {
      key,
      ...counts,
      buildSeconds: Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10,
    };
    if (summary.failed > 0) throw new Error(`${summary.failed} articles failed to ingest`);
    writeFileSync(markerFile, `${JSON.stringify(result, null, 2)}\n`);
    return { neo4j, db, summary: result };
  } catch (error) {
    await analyzer.close();
    await db.close();
    await neo4j.stop();
    throw error;
  }
}

async function ingestAll(
  db: GraphDatabase,
  articles: readonly BenchArticle[],
  extract: import('../../src/graph/extractor').Extractor,
  options: OpenGraphOptions,
) {
  const { ingestSources } = built<typeof import('../../src/ingest/ingest-run')>('ingest/ingest-run.js');
  const items: SourceItem[] = articles.map((article) => ({
    origin: article.id,
    input: {
      id: article.id,
      title: article.title,
      text: article.text,
      source: 'SOTU',
      ...(article.date === null ? {} : { date: article.date }),
    },
  }));
  let done = 0;
  return ingestSources(db, items, {
    concurrency: options.concurrency,
    extract,
    onResult: (result) => {
      done += 1;
      if (result.error !== undefined) options.log(`${result.origin}: ${result.error.message}`);
      if (done % 200 === 0) options.log(`ingested ${done} / ${articles.length}`);
    },
  });
}

async function countGraph(db: GraphDatabase) {
  const [row] = await db.read<{ articles: number; entities: number; facts: number; mentions: number }>(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     CALL () { MATCH (:Entity)-[f]->(:Entity) WHERE f.articleId IS NOT NULL RETURN count(f) AS facts }
     RETURN articles, entities, facts, mentions`,
    {},
    'bench',
  );
  if (row === undefined) throw new Error('counting the graph returned nothing');
  return row;
}

function readMarker(file: string): GraphSummary | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GraphSummary;
  } catch {
    return null;
  }
}
