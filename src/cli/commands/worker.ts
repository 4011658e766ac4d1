import type { AnalyzerName } from '../../config';
import { loadConfig } from '../../config';
import type { Extractor } from '../../graph/extractor';
import type { IngestEvents } from '../../events/ingest-events';
import { createRedisEventBus } from '../../events/redis-event-bus';
import { articleRelationKeys } from '../../graph/article-relation-keys';
import { redactedUrl } from '../../ingest/queue/connection';
import { startIngestWorker } from '../../ingest/queue/worker';
import { createLogger } from '../../logger';
import { openAnalyzer, type OpenAnalyzer } from '../analyzer';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';
import { startNlpEngine } from '../nlp-engine';
import { openDatabase } from '../open-database';

const usage = `Usage: newsgraph worker [--concurrency N]

Takes articles from the ingest queue (NEWSGRAPH_REDIS_URL) and ingests them into Neo4j (NEO4J_URI, or
the embedded Neo4j), reading each with the analyzer it was enqueued for (corenlp: CORENLP_URL's servers,
or the local one). Run as many as you like, on any machine that reaches Redis, Neo4j and an NLP server.
Runs until SIGINT or SIGTERM, then finishes the articles in hand and exits.

Options:
  --concurrency N      articles in hand at once (default 2)

Bad input (empty, binary, oversized, not English) goes to the failed set with its reason at once; other
failures (Neo4j or the NLP server away) are retried with exponential backoff (NEWSGRAPH_QUEUE_ATTEMPTS,
NEWSGRAPH_QUEUE_BACKOFF_MS). A worker killed mid-article leaves it to be taken again
(NEWSGRAPH_QUEUE_LOCK_MS); an article is written in one transaction, so none lands half-written.`;

const OPTIONS = { concurrency: { type: 'string' } } as const;

export const workerCommand: Command = {
  name: 'worker',
  summary: 'ingest articles from the queue (NEWSGRAPH_REDIS_URL) until stopped',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
    if (positionals.length > 0) throw usageError('worker: takes no arguments', usage);
    const concurrency = parseConcurrency(values.concurrency);
    const config = loadConfig(io.env);
    const redisUrl = config.queue.redisUrl;
    if (redisUrl === null) {
      throw usageError('worker: NEWSGRAPH_REDIS_URL must name the Redis of the ingest queue', usage);
    }
    const progress = (message: string) => io.stderr.write(`${message}\n`);
    const logger = createLogger(config.logLevel);
    const db = await openDatabase(config, progress, logger);
    // Every API process listening on this Redis tells its subscribers of the articles written here.
    const events = createRedisEventBus<IngestEvents>({ url: redisUrl, logger });
    const analyzers = new Map<AnalyzerName, Promise<OpenAnalyzer>>();
    const extractorFor = async (name: AnalyzerName): Promise<Extractor> => {
      let opened = analyzers.get(name);
      if (opened === undefined) {
        opened = startNlpEngine(config, progress, { keepRunning: true, analyzer: name }).then((engine) =>
          openAnalyzer(config, engine),
        );
        opened.catch(() => analyzers.delete(name)); // an NLP server that is away: try again next job
        analyzers.set(name, opened);
      }
      return (await opened).extractor;
    };
    await warmUp(extractorFor, config.nlp.analyzer, progress);
    const worker = startIngestWorker({
      redisUrl,
      db,
      extractorFor,
      concurrency,
      maxArticleBytes: config.ingest.maxArticleBytes,
      lockMs: config.queue.lockMs,
      announcer: { events, relationKeys: (articleId) => articleRelationKeys(db, articleId), logger },
      onCompleted: (job, outcome) =>
        io.stderr.write(
          `${outcome.status.padEnd(10)} ${job.data.origin} (id ${outcome.articleId}, job ${job.id})\n`,
        ),
      onFailed: (job, error) => {
        const attempts = job?.opts.attempts ?? 1;
        const final = job === undefined || job.attemptsMade >= attempts || job.finishedOn !== undefined;
        const when = final ? 'failed for good' : `attempt ${job.attemptsMade} of ${attempts}, retried`;
        io.stderr.write(`failed     ${job?.data.origin ?? '?'}: ${error.message} (${when})\n`);
      },
      onError: (error) => io.stderr.write(`newsgraph worker: ${error.message}\n`),
    });
    progress(
      `Worker ready: queue on ${redactedUrl(redisUrl)}, Neo4j at ${db.connection.uri}, concurrency ${concurrency} ` +
        `(pid ${process.pid}). Ctrl-C stops it.`,
    );
    await untilStopped();
    progress('Stopping: finishing the articles in hand...');
    // Bounded: with Redis away a graceful close never ends. Past the lock time the worker stops anyway;
    // the articles it held are taken again by another worker once their locks expire.
    const graceful = worker.close().then(() => true);
    const closed = await Promise.race([graceful, sleep(config.queue.lockMs).then(() => false)]);
    if (!closed) {
      progress(`Not closed within ${config.queue.lockMs} ms (is Redis away?): stopping without it.`);
      await Promise.race([worker.close(true), sleep(2_000)]).catch(() => undefined);
    }
    await events.close();
    for (const opened of analyzers.values()) await (await opened.catch(() => undefined))?.close();
    await db.close().catch(() => undefined);
    progress('Worker stopped.');
    return 0;
  },
};

/**
 * Loads the configured analyzer (its model, in its worker threads) before taking a job: a job taken by a
 * worker still loading would wait under its lock, and measured throughput would include the load. An NLP
 * server that is away is not fatal here: jobs then fail and are retried until it is back.
 */
async function warmUp(
  extractorFor: (name: AnalyzerName) => Promise<Extractor>,
  analyzer: AnalyzerName,
  progress: (message: string) => void,
): Promise<void> {
  try {
    const extract = await extractorFor(analyzer);
    await extract('Ada Lovelace met Charles Babbage in London.', { id: 'worker-warm-up' });
  } catch (error) {
    progress(
      `Warning: the ${analyzer} analyzer did not warm up (${(error as Error).message}); jobs will retry.`,
    );
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function parseConcurrency(raw: string | undefined): number {
  if (raw === undefined) return 2;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) {
    throw usageError(`worker: --concurrency must be a whole number from 1 to 64, got "${raw}"`, usage);
  }
  return Number(raw);
}
