/**
 * `newsgraph ingest … --queue`: every input becomes a job on the ingest queue (NEWSGRAPH_REDIS_URL) and
 * the command returns once they are all in; `newsgraph worker` processes on any machine do the reading
 * and writing. Nothing here touches Neo4j or an NLP server.
 */
import type { AnalyzerName, Config } from '../config';
import { ErrorCode, exitCodeOf } from '../errors';
import { IngestQueue, type EnqueueResult } from '../ingest/queue/producer';
import { redactedUrl } from '../ingest/queue/connection';
import type { ArticleSources } from '../ingest/sources';
import { analyzerVersionOf } from './analyzer';
import type { CommandIo } from './command';

export async function enqueueSources(
  config: Config,
  redisUrl: string,
  sources: ArticleSources,
  analyzer: AnalyzerName,
  io: CommandIo,
): Promise<number> {
  const queue = new IngestQueue(redisUrl, config.queue);
  try {
    const summary = await queue.enqueueAll(
      sources.items,
      {
        analyzer,
        analyzerVersion: analyzerVersionOf(analyzer),
        maxArticleBytes: config.ingest.maxArticleBytes,
      },
      (result) => io.stderr.write(`${enqueueLine(result)}\n`),
    );
    io.stdout.write(
      `Enqueued on ${redactedUrl(redisUrl)}: ${summary.enqueued} new jobs, ${summary.duplicates} already queued, ` +
        `${summary.refused} refused (in the failed set with their reasons)  Seconds: ${summary.seconds.toFixed(1)}\n` +
        '`newsgraph worker` ingests them; `newsgraph queue status` follows them.\n',
    );
    return summary.refused > 0 ? exitCodeOf(ErrorCode.BAD_USER_INPUT) : 0;
  } finally {
    await queue.close();
  }
}

function enqueueLine(result: EnqueueResult): string {
  if (result.refused !== null) return `refused    ${result.origin}: ${result.refused}`;
  const what = result.duplicate ? 'duplicate' : 'enqueued';
  return `${what.padEnd(10)} ${result.origin} (job ${result.jobId.slice(0, 16)})`;
}
