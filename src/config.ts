/**
 * Every environment variable newsgraph reads is read here, once, validated, and frozen into a Config.
 * An invalid value stops the program with a message that names the variable.
 * The README's configuration table lists the same variables (a unit test keeps the two in step).
 */
import os from 'node:os';
import path from 'node:path';
import { AppError, ErrorCode } from './errors';

export type NodeEnv = 'development' | 'production' | 'test';

export interface EmbeddedNeo4jConfig {
  /** Jars, config, data, logs, password file. */
  readonly home: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly startTimeoutMs: number;
}

export interface Neo4jConfig {
  /** null: use the embedded Neo4j that newsgraph starts itself. */
  readonly uri: string | null;
  readonly user: string;
  /** null: for the embedded server, generated once and kept in its home; otherwise required. */
  readonly password: string | null;
  readonly database: string;
  /** Applied to every read transaction (the API's queries). */
  readonly queryTimeoutMs: number;
  /** Applied to every write transaction (ingesting an article writes far more than a query reads). */
  readonly writeTimeoutMs: number;
  /**
   * How long a transaction retries an unreachable Neo4j (or a transient error) before it fails with
   * DATABASE_UNAVAILABLE; never longer than the transaction's own timeout.
   */
  readonly retryMs: number;
}

export interface ApiConfig {
  readonly host: string;
  readonly port: number;
  /** null: mutations are refused. `npm start` generates one for local use. */
  readonly apiKey: string | null;
  readonly introspection: boolean;
  /** Largest JSON response the API sends; a larger one is refused with RESPONSE_TOO_LARGE. */
  readonly maxResponseBytes: number;
}

export interface IngestConfig {
  readonly maxArticleBytes: number;
  /** Time budget of one article's extraction in the worker pool, in ms. */
  readonly extractTimeoutMs: number;
}

export type AnalyzerName = 'corenlp' | 'fast';

export interface NlpConfig {
  /** CORENLP_URL (comma-separated allowed); null: newsgraph starts its local CoreNLP server. */
  readonly urls: readonly string[] | null;
  readonly analyzer: AnalyzerName;
  /** Jars, logs and pid file of the local CoreNLP server. */
  readonly home: string;
  readonly port: number;
  readonly heap: string;
  readonly threads: number;
  readonly startTimeoutMs: number;
  /** Per request, both the server's -timeout and the client's. */
  readonly requestTimeoutMs: number;
}

export interface QueueConfig {
  /** NEWSGRAPH_REDIS_URL; null: no queue, ingest runs in-process. */
  readonly redisUrl: string | null;
  /** Home of the local Redis (`newsgraph redis start`): config, data, log, pid file. */
  readonly redisHome: string;
  readonly redisPort: number;
  /** Redis's memory ceiling (maxmemory) for the local server, e.g. 256mb. */
  readonly redisMaxMemory: string;
  /** Tries per job before it lands in the failed set (bad input is never retried). */
  readonly attempts: number;
  /** First retry delay; each later one doubles. */
  readonly backoffMs: number;
  /** How long a job's lock lasts without renewal: a killed worker's job is taken again after about this. */
  readonly lockMs: number;
}

export interface Config {
  readonly nodeEnv: NodeEnv;
  readonly logLevel: string;
  readonly projectRoot: string;
  readonly neo4j: Neo4jConfig;
  readonly embedded: EmbeddedNeo4jConfig;
  readonly api: ApiConfig;
  readonly ingest: IngestConfig;
  readonly nlp: NlpConfig;
  readonly queue: QueueConfig;
}

/** Every variable, its default and meaning: the README's table is checked against this list. */
export const ENV_VARS = [
  [
    'NODE_ENV',
    'development',
    'development, production or test; production disables the landing page and introspection',
  ],
  ['LOG_LEVEL', 'info', 'trace, debug, info, warn, error, fatal or silent (logs go to stderr)'],
  ['NEO4J_URI', '(unset)', 'Bolt URI of an existing Neo4j; unset, newsgraph starts its embedded Neo4j'],
  ['NEO4J_USER', 'neo4j', 'Neo4j user'],
  [
    'NEO4J_PASSWORD',
    '(generated)',
    'Neo4j password; for the embedded server, generated once and kept in its home (mode 0600) when unset',
  ],
  ['NEO4J_DATABASE', 'neo4j', 'Neo4j database name'],
  ['NEO4J_BOLT_PORT', '7687', 'Bolt port of the embedded Neo4j'],
  ['NEO4J_HTTP_PORT', '7474', 'HTTP port of the embedded Neo4j (Neo4j Browser)'],
  ['NEWSGRAPH_NEO4J_HOME', '.neo4j', 'home of the embedded Neo4j: jars, config, data, logs'],
  ['NEWSGRAPH_NEO4J_HEAP', '512m', 'JVM heap of the embedded Neo4j'],
  ['NEWSGRAPH_NEO4J_PAGECACHE', '256m', 'page cache of the embedded Neo4j'],
  ['NEWSGRAPH_NEO4J_START_TIMEOUT', '120', 'seconds to wait for the embedded Neo4j to answer on Bolt'],
  [
    'NEWSGRAPH_QUERY_TIMEOUT_MS',
    '10000',
    'timeout of every Cypher read transaction (the API), in milliseconds',
  ],
  [
    'NEWSGRAPH_WRITE_TIMEOUT_MS',
    '120000',
    'timeout of every Cypher write transaction (ingest), in milliseconds',
  ],
  [
    'NEWSGRAPH_DB_RETRY_MS',
    '3000',
    'how long a transaction retries an unreachable Neo4j before DATABASE_UNAVAILABLE (HTTP 503), in ms',
  ],
  ['NEWSGRAPH_HOST', '127.0.0.1', 'address the GraphQL server listens on'],
  ['NEWSGRAPH_PORT', '4000', 'port the GraphQL server listens on'],
  [
    'NEWSGRAPH_API_KEY',
    '(unset)',
    'bearer token that mutations require; unset, mutations are refused (npm start generates one)',
  ],
  ['NEWSGRAPH_INTROSPECTION', 'true outside production', 'allow GraphQL introspection'],
  [
    'NEWSGRAPH_MAX_RESPONSE_BYTES',
    '10000000',
    'largest GraphQL response, in bytes of JSON; a larger one is refused with RESPONSE_TOO_LARGE',
  ],
  ['NEWSGRAPH_MAX_ARTICLE_BYTES', '1000000', 'largest article text accepted by ingest, in UTF-8 bytes'],
  [
    'NEWSGRAPH_EXTRACT_TIMEOUT_MS',
    '60000',
    'time budget of extracting one article in the worker threads (ingest, serve, start); over it the article is refused',
  ],
  [
    'CORENLP_URL',
    '(unset)',
    'URL of an existing CoreNLP server (several, comma-separated, are shared out); unset, newsgraph starts its own',
  ],
  [
    'NEWSGRAPH_ANALYZER',
    'corenlp',
    'corenlp (Stanford CoreNLP, accurate) or fast (in-process, no Java); fast starts no CoreNLP',
  ],
  ['NEWSGRAPH_NLP_HOME', '.corenlp', 'home of the local CoreNLP server: jars, logs, pid file'],
  ['NEWSGRAPH_NLP_PORT', '9000', 'port of the local CoreNLP server (loopback only)'],
  ['NEWSGRAPH_NLP_HEAP', '3g', 'JVM heap of the local CoreNLP server'],
  [
    'NEWSGRAPH_NLP_THREADS',
    '(cores)',
    'worker threads of the local CoreNLP server; default: the available cores',
  ],
  [
    'NEWSGRAPH_NLP_START_TIMEOUT',
    '180',
    'seconds to wait for the local CoreNLP server to load and warm its models',
  ],
  [
    'NEWSGRAPH_NLP_TIMEOUT_MS',
    '120000',
    'timeout of one CoreNLP request (server and client), in milliseconds',
  ],
  [
    'NEWSGRAPH_REDIS_URL',
    '(unset)',
    'Redis URL of the ingest queue (redis://host:6379); set, `ingest --queue` enqueues and `newsgraph worker` ingests; unset, no queue',
  ],
  ['NEWSGRAPH_REDIS_HOME', '.redis', 'home of the local Redis (`newsgraph redis start`): config, data, log'],
  ['NEWSGRAPH_REDIS_PORT', '6379', 'port of the local Redis (loopback only)'],
  [
    'NEWSGRAPH_REDIS_MAXMEMORY',
    '256mb',
    'memory ceiling of the local Redis; past it, enqueueing fails (noeviction: jobs are never dropped)',
  ],
  ['NEWSGRAPH_QUEUE_ATTEMPTS', '10', 'tries of a queued article before it goes to the failed set'],
  [
    'NEWSGRAPH_QUEUE_BACKOFF_MS',
    '1000',
    'delay before the first retry of a queued article, doubling each time (10 tries: about 8.5 min)',
  ],
  [
    'NEWSGRAPH_QUEUE_LOCK_MS',
    '30000',
    "a worker's lock on a job, renewed while it lives; a killed worker's job is taken again after about this",
  ],
] as const;

export type EnvVarName = (typeof ENV_VARS)[number][0];
type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

function invalid(name: EnvVarName, expected: string, value: string): never {
  throw new AppError(ErrorCode.CONFIG_INVALID, `${name} must be ${expected}, got "${value}"`, {
    variable: name,
  });
}

function read(env: Env, name: EnvVarName): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: EnvVarName, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    invalid(name, `a whole number from ${min} to ${max}`, raw);
  }
  return Number(raw);
}

function port(env: Env, name: EnvVarName, fallback: number): number {
  const raw = read(env, name);
  if (raw !== undefined && (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535)) {
    invalid(name, 'a port number from 1 to 65535', raw);
  }
  return raw === undefined ? fallback : Number(raw);
}

function memorySize(env: Env, name: EnvVarName, fallback: string): string {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+[kmg]$/i.test(raw)) invalid(name, 'a size such as 512m or 2g', raw);
  return raw.toLowerCase();
}

function redisMemory(env: Env): string {
  const raw = read(env, 'NEWSGRAPH_REDIS_MAXMEMORY');
  if (raw === undefined) return '256mb';
  if (!/^\d+(kb|mb|gb)$/i.test(raw)) invalid('NEWSGRAPH_REDIS_MAXMEMORY', 'a size such as 256mb or 1gb', raw);
  return raw.toLowerCase();
}

function boolean(env: Env, name: EnvVarName, fallback: boolean): boolean {
  const raw = read(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  return invalid(name, 'true or false', raw);
}

function oneOf<T extends string>(env: Env, name: EnvVarName, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) invalid(name, `one of ${allowed.join(', ')}`, raw);
  return raw as T;
}

function neo4jUri(env: Env): string | null {
  const raw = read(env, 'NEO4J_URI');
  if (raw === undefined) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
    invalid('NEO4J_URI', 'a Bolt URI such as bolt://127.0.0.1:7687 or neo4j+s://host', raw);
  }
  return raw;
}

function nlpUrls(env: Env): string[] | null {
  const raw = read(env, 'CORENLP_URL');
  if (raw === undefined) return null;
  const urls = raw
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter((url) => url !== '');
  for (const url of urls) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) {
      invalid(
        'CORENLP_URL',
        'an http(s) URL such as http://127.0.0.1:9000, or several, comma-separated',
        raw,
      );
    }
  }
  return urls.length === 0 ? null : urls;
}

function redisUrl(env: Env): string | null {
  const raw = read(env, 'NEWSGRAPH_REDIS_URL');
  if (raw === undefined) return null;
  if (!/^rediss?:\/\/[^\s/]+/.test(raw)) {
    invalid(
      'NEWSGRAPH_REDIS_URL',
      'a Redis URL such as redis://127.0.0.1:6379 or rediss://user:pw@host',
      raw,
    );
  }
  return raw;
}

function password(env: Env): string | null {
  const raw = env.NEO4J_PASSWORD;
  if (raw === undefined || raw === '') return null;
  // Neo4j refuses passwords shorter than 8 characters; say so before the server does, less clearly.
  if (raw.length < 8) invalid('NEO4J_PASSWORD', 'at least 8 characters long', '*'.repeat(raw.length));
  return raw;
}

/** The folder that holds package.json, whether running from src/ (ts-jest) or dist/ (compiled). */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf<NodeEnv>(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const home = read(env, 'NEWSGRAPH_NEO4J_HOME');
  const nlpHome = read(env, 'NEWSGRAPH_NLP_HOME');
  const redisHome = read(env, 'NEWSGRAPH_REDIS_HOME');
  const config: Config = {
    nodeEnv,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    projectRoot: PROJECT_ROOT,
    neo4j: {
      uri: neo4jUri(env),
      user: read(env, 'NEO4J_USER') ?? 'neo4j',
      password: password(env),
      database: read(env, 'NEO4J_DATABASE') ?? 'neo4j',
      queryTimeoutMs: integer(env, 'NEWSGRAPH_QUERY_TIMEOUT_MS', 10_000, 100, 3_600_000),
      writeTimeoutMs: integer(env, 'NEWSGRAPH_WRITE_TIMEOUT_MS', 120_000, 100, 3_600_000),
      retryMs: integer(env, 'NEWSGRAPH_DB_RETRY_MS', 3_000, 0, 600_000),
    },
    embedded: {
      home: home === undefined ? path.join(PROJECT_ROOT, '.neo4j') : path.resolve(home),
      boltPort: port(env, 'NEO4J_BOLT_PORT', 7687),
      httpPort: port(env, 'NEO4J_HTTP_PORT', 7474),
      heap: memorySize(env, 'NEWSGRAPH_NEO4J_HEAP', '512m'),
      pageCache: memorySize(env, 'NEWSGRAPH_NEO4J_PAGECACHE', '256m'),
      startTimeoutMs: integer(env, 'NEWSGRAPH_NEO4J_START_TIMEOUT', 120, 5, 3600) * 1000,
    },
    api: {
      host: read(env, 'NEWSGRAPH_HOST') ?? '127.0.0.1',
      port: port(env, 'NEWSGRAPH_PORT', 4000),
      apiKey: read(env, 'NEWSGRAPH_API_KEY') ?? null,
      introspection: boolean(env, 'NEWSGRAPH_INTROSPECTION', nodeEnv !== 'production'),
      maxResponseBytes: integer(env, 'NEWSGRAPH_MAX_RESPONSE_BYTES', 10_000_000, 1_000, 500_000_000),
    },
    ingest: {
      maxArticleBytes: integer(env, 'NEWSGRAPH_MAX_ARTICLE_BYTES', 1_000_000, 1, 100_000_000),
      extractTimeoutMs: integer(env, 'NEWSGRAPH_EXTRACT_TIMEOUT_MS', 60_000, 100, 3_600_000),
    },
    nlp: {
      urls: nlpUrls(env),
      analyzer: oneOf<AnalyzerName>(env, 'NEWSGRAPH_ANALYZER', ['corenlp', 'fast'], 'corenlp'),
      home: nlpHome === undefined ? path.join(PROJECT_ROOT, '.corenlp') : path.resolve(nlpHome),
      port: port(env, 'NEWSGRAPH_NLP_PORT', 9000),
      heap: memorySize(env, 'NEWSGRAPH_NLP_HEAP', '3g'),
      threads: integer(env, 'NEWSGRAPH_NLP_THREADS', os.availableParallelism(), 1, 1024),
      startTimeoutMs: integer(env, 'NEWSGRAPH_NLP_START_TIMEOUT', 180, 5, 3600) * 1000,
      requestTimeoutMs: integer(env, 'NEWSGRAPH_NLP_TIMEOUT_MS', 120_000, 100, 3_600_000),
    },
    queue: {
      redisUrl: redisUrl(env),
      redisHome: redisHome === undefined ? path.join(PROJECT_ROOT, '.redis') : path.resolve(redisHome),
      redisPort: port(env, 'NEWSGRAPH_REDIS_PORT', 6379),
      redisMaxMemory: redisMemory(env),
      attempts: integer(env, 'NEWSGRAPH_QUEUE_ATTEMPTS', 10, 1, 1000),
      backoffMs: integer(env, 'NEWSGRAPH_QUEUE_BACKOFF_MS', 1_000, 1, 3_600_000),
      lockMs: integer(env, 'NEWSGRAPH_QUEUE_LOCK_MS', 30_000, 1_000, 3_600_000),
    },
  };
  if (config.embedded.boltPort === config.embedded.httpPort) {
    invalid('NEO4J_HTTP_PORT', 'different from NEO4J_BOLT_PORT', String(config.embedded.httpPort));
  }
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
