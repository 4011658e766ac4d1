/**
 * Many articles: N workers take items from the sources and ingest each in its own transaction. A bad item
 * is reported and skipped while the others land; an outage (Neo4j down, bad configuration) stops the run,
 * since every later item would fail the same way.
 */
import type { Readable } from 'node:stream';
import { AppError, ErrorCode, isAppError } from '../errors';
import { checkArticle, DEFAULT_MAX_ARTICLE_BYTES } from '../graph/article-input';
import type { GraphDatabase } from '../graph/database';
import type { Extractor } from '../graph/extractor';
import { ingestArticle, type IngestOutcome } from '../graph/ingest';
import { articleSources, type SourceItem } from './sources';

export interface ItemResult {
  readonly origin: string;
  readonly outcome?: IngestOutcome;
  readonly error?: Error;
}

export interface IngestSummary {
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
  /** Entities linked and fact relationships written by this run. */
  entities: number;
  relations: number;
  seconds: number;
  readonly failures: { origin: string; message: string; code: ErrorCode }[];
}

export interface IngestRunOptions {
  /** Articles in flight at once; default 4. */
  readonly concurrency?: number;
  readonly dryRun?: boolean;
  readonly maxArticleBytes?: number;
  readonly extract?: Extractor;
  /** Called after every item, in completion order. */
  readonly onResult?: (result: ItemResult, summary: Readonly<IngestSummary>) => void;
}

/**
 * An outage (Neo4j down, bad configuration) stopped the run: its code and message, what landed before
 * (summary) and the articles that were being ingested when it happened (notLanded; those not started
 * yet are the rest of the input). Ingesting the same input again skips what landed.
 */
export class IngestStoppedError extends AppError {
  constructor(
    stoppedBy: AppError,
    readonly summary: Readonly<IngestSummary>,
    readonly notLanded: readonly string[],
  ) {
    super(stoppedBy.code, stoppedBy.message, stoppedBy.details, { cause: stoppedBy });
  }
}

const FATAL = new Set<ErrorCode>([
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.CONFIG_INVALID,
  ErrorCode.DEPENDENCY_MISSING,
  ErrorCode.NLP_UNAVAILABLE,
]);

export async function ingestSources(
  db: GraphDatabase,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestRunOptions = {},
): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const summary = emptySummary();
  const claimedIds = new Map<string, string>();
  const iterator = toAsyncIterator(items);
  let fatal: AppError | undefined;
  const notLanded: string[] = [];

  const worker = async () => {
    while (fatal === undefined) {
      const next = await iterator.next();
      if (next.done === true) return;
      const result = await ingestItem(db, next.value, claimedIds, options);
      if (result.error !== undefined && isFatal(result.error)) {
        fatal ??= result.error;
        notLanded.push(result.origin);
        return;
      }
      record(summary, result, started);
      options.onResult?.(result, summary);
    }
  };
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  await Promise.all(Array.from({ length: concurrency }, worker));
  summary.seconds = elapsedSeconds(started);
  if (fatal !== undefined) throw new IngestStoppedError(fatal, summary, notLanded);
  return summary;
}

/** Files, directories and "-": what `npm start` and `newsgraph ingest` call. */
export async function ingestPaths(
  db: GraphDatabase,
  paths: readonly string[],
  options: IngestRunOptions & { jsonl?: boolean; stdin?: Readable } = {},
): Promise<IngestSummary> {
  const sources = await articleSources(paths, {
    jsonl: options.jsonl,
    maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    stdin: options.stdin,
  });
  return ingestSources(db, sources.items, options);
}

async function ingestItem(
  db: GraphDatabase,
  item: SourceItem,
  claimedIds: Map<string, string>,
  options: IngestRunOptions,
): Promise<ItemResult> {
  if (item.error !== undefined) return { origin: item.origin, error: item.error };
  try {
    const { id } = checkArticle(item.input, options.maxArticleBytes);
    const claimedBy = claimedIds.get(id);
    if (claimedBy !== undefined) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `article id "${id}" was already used by ${claimedBy} in this run`,
      );
    }
    claimedIds.set(id, item.origin);
    const outcome = await ingestArticle(db, { ...item.input, id }, options);
    return { origin: item.origin, outcome };
  } catch (error) {
    return { origin: item.origin, error: error as Error };
  }
}

function isFatal(error: Error): error is AppError {
  return isAppError(error) && FATAL.has(error.code);
}

function record(summary: IngestSummary, result: ItemResult, started: bigint): void {
  summary.seconds = elapsedSeconds(started);
  if (result.outcome === undefined) {
    summary.failed += 1;
    const error = result.error;
    const code = isAppError(error) ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
    summary.failures.push({ origin: result.origin, message: error?.message ?? 'failed', code });
    return;
  }
  summary[result.outcome.status] += 1;
  summary.entities += result.outcome.entities;
  summary.relations += result.outcome.relations;
}

function emptySummary(): IngestSummary {
  return {
    new: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    entities: 0,
    relations: 0,
    seconds: 0,
    failures: [],
  };
}

function elapsedSeconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return items[Symbol.asyncIterator]();
  const sync = items[Symbol.iterator]();
  return { next: async () => sync.next() };
}
