import { loadConfig } from '../../config';
import { ErrorCode, exitCodeOf } from '../../errors';
import type { GraphDatabase } from '../../graph/database';
import { notLandedText, summaryText } from '../../ingest/ingest-report';
import { ProgressReporter } from '../../ingest/progress';
import { IngestStoppedError, ingestSources, type IngestSummary } from '../../ingest/ingest-run';
import { openDatabase } from '../open-database';
import { checkedDate } from '../../graph/article-input';
import { articleSources, type ArticleMetadata } from '../../ingest/sources';
import { createLogger } from '../../logger';
import { chosenAnalyzer, openAnalyzer, type OpenAnalyzer } from '../analyzer';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';
import { enqueueSources } from '../enqueue';
import { startNlpEngine } from '../nlp-engine';

const usage = `Usage: newsgraph ingest <file|dir|->... [--jsonl] [--concurrency N] [--dry-run]
                        [--title T] [--date YYYY-MM-DD] [--source S] [--url U] [--analyzer corenlp|fast]
                        [--queue]

Extracts entities and facts from articles and writes them to Neo4j (NEO4J_URI, or the embedded Neo4j,
started when it is not running). Ingesting an unchanged article again changes nothing; a changed text
under the same id replaces that article's facts.

Inputs:
  file.txt, file.md    one article; the title is the first line when it reads like a title, else the
                       file name; the id is the file name without its extension. A .md file may begin
                       with YAML front matter: ---, then title:, date:, source:, url: lines, then ---
  file.jsonl           JSON lines: {"id"?, "title"?, "text", "date"?: "YYYY-MM-DD", "url"?, "source"?};
                       without an id, the id comes from the text's hash
  dir                  every .txt, .md, .markdown, .jsonl and .ndjson file below it
  -                    standard input: one article, or JSON lines with --jsonl

Options:
  --jsonl              read the files and standard input as JSON lines, whatever their extension
  --concurrency N      articles ingested in parallel (default 4)
  --dry-run            read, check and extract; write nothing
  --title T            the article's title (one text file or -), over its first line and front matter
  --date YYYY-MM-DD    the publication date of the text articles: relative dates ("on Monday") are
                       read from it, and a day name then never becomes an entity
  --source S, --url U  the publisher and the address of the text articles
                       (JSON lines carry their own fields; these options apply to .txt, .md and -)
  --analyzer NAME      corenlp (Stanford CoreNLP: CORENLP_URL, or the local server, started when it is
                       not running) or fast (in-process, no Java); default NEWSGRAPH_ANALYZER (corenlp).
                       Changing the analyzer reads every article again (its content hash includes it)
  --queue              enqueue the articles on the ingest queue (NEWSGRAPH_REDIS_URL) and return at once:
                       a job per article, named by its content hash (the same article twice is one job);
                       \`newsgraph worker\` processes ingest them, \`newsgraph queue status\` follows them

Each article may be at most NEWSGRAPH_MAX_ARTICLE_BYTES bytes of UTF-8 (default 1,000,000). Empty,
binary and oversized inputs and invalid JSON lines are reported with their name (and line) and skipped.
Exit status: 0 when every article landed, 65 when any input was refused, another non-zero status when
ingesting failed (75: Neo4j unreachable).`;

const OPTIONS = {
  jsonl: { type: 'boolean' },
  concurrency: { type: 'string' },
  'dry-run': { type: 'boolean' },
  title: { type: 'string' },
  date: { type: 'string' },
  source: { type: 'string' },
  url: { type: 'string' },
  analyzer: { type: 'string' },
  queue: { type: 'boolean' },
} as const;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract articles (files, directories, JSON lines, stdin) into the Neo4j graph',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
    if (positionals.length === 0) throw usageError('ingest: name at least one file, directory or -', usage);
    const concurrency = parseConcurrency(values.concurrency);
    const dryRun = values['dry-run'] === true;
    const config = loadConfig(io.env);
    const analyzer = chosenAnalyzer(values.analyzer, config, usage);
    const sources = await articleSources(positionals, {
      jsonl: values.jsonl === true,
      maxArticleBytes: config.ingest.maxArticleBytes,
      stdin: io.stdin,
      metadata: articleMetadata(values),
    });
    if (values.queue === true) {
      if (dryRun) throw usageError('ingest: --dry-run reads articles here; it cannot go with --queue', usage);
      if (config.queue.redisUrl === null) {
        throw usageError(
          'ingest: --queue needs NEWSGRAPH_REDIS_URL, the Redis of the queue (e.g. redis://127.0.0.1:6379; ' +
            '`newsgraph redis start` runs a local one and prints its URL)',
          usage,
        );
      }
      return enqueueSources(config, config.queue.redisUrl, sources, analyzer, io);
    }
    const progress = (message: string) => io.stderr.write(`${message}\n`);
    const db = await openDatabase(config, progress, createLogger(config.logLevel));
    let opened: OpenAnalyzer | undefined;
    try {
      const engine = await startNlpEngine(config, progress, { keepRunning: true, analyzer });
      opened = openAnalyzer(config, engine);
      const reporter = new ProgressReporter(io.stderr, sources.total);
      let summary: IngestSummary;
      try {
        summary = await ingestSources(db, sources.items, {
          concurrency,
          dryRun,
          maxArticleBytes: config.ingest.maxArticleBytes,
          extract: opened.extractor,
          onResult: (result, soFar) => reporter.report(result, soFar),
        });
      } catch (error) {
        if (!(error instanceof IngestStoppedError)) throw error;
        // An outage: one line that says why, then what landed and what did not.
        reporter.finish();
        io.stderr.write(`newsgraph: ingest stopped: ${error.message}\n`);
        io.stdout.write(
          `${summaryText(error.summary, dryRun)}\n${notLandedText(error.notLanded, error.summary, sources.total)}\n`,
        );
        return exitCodeOf(error.code);
      }
      reporter.finish();
      io.stdout.write(`${summaryText(summary, dryRun)}\n`);
      return exitStatus(summary);
    } finally {
      await opened?.close();
      await closeQuietly(db);
    }
  },
};

/** --title, --date, --source, --url, checked before anything is read: a bad date stops the run. */
function articleMetadata(values: {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const field of ['title', 'source', 'url'] as const) {
    const value = values[field];
    if (value === undefined) continue;
    if (value.trim() === '') throw usageError(`ingest: --${field} must not be empty`, usage);
    metadata[field] = value.trim();
  }
  if (values.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date.trim()) || !isDate(values.date)) {
      throw usageError(`ingest: --date must be a calendar date YYYY-MM-DD, got "${values.date}"`, usage);
    }
    metadata.date = values.date.trim();
  }
  return metadata;
}

function isDate(value: string): boolean {
  try {
    return checkedDate(value) !== null;
  } catch {
    return false;
  }
}

function parseConcurrency(raw: string | undefined): number {
  if (raw === undefined) return 4;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) {
    throw usageError(`ingest: --concurrency must be a whole number from 1 to 64, got "${raw}"`, usage);
  }
  return Number(raw);
}

/** 0 when everything landed; 65 when only inputs were refused; else the status of the other failure. */
function exitStatus(summary: IngestSummary): number {
  const other = summary.failures.find((failure) => failure.code !== ErrorCode.BAD_USER_INPUT);
  if (other !== undefined) return exitCodeOf(other.code);
  return summary.failed > 0 ? exitCodeOf(ErrorCode.BAD_USER_INPUT) : 0;
}

async function closeQuietly(db: GraphDatabase): Promise<void> {
  await db.close().catch(() => undefined);
}
