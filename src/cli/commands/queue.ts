import { loadConfig } from '../../config';
import { redactedUrl } from '../../ingest/queue/connection';
import { IngestQueue, type QueueStatus } from '../../ingest/queue/producer';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';

const usage = `Usage: newsgraph queue status [--failures N]

Prints the ingest queue's counts (waiting, active, delayed for a retry, done, failed) and its last
failures with their reasons. The queue is the Redis NEWSGRAPH_REDIS_URL names.

Options:
  --failures N         how many of the latest failures to print (default 5)`;

const OPTIONS = { failures: { type: 'string' } } as const;

export function describeQueue(status: QueueStatus): string {
  const { waiting, active, delayed, completed, failed } = status.counts;
  const lines = [
    `Waiting: ${waiting}  Active: ${active}  Delayed (retry): ${delayed}  Done: ${completed}  Failed: ${failed}`,
  ];
  if (status.lastFailures.length > 0) {
    lines.push('Last failures:');
    for (const job of status.lastFailures) {
      lines.push(
        `  ${job.origin}: ${job.failedReason ?? 'failed'} (job ${job.id.slice(0, 16)}, ${job.attempts} tries)`,
      );
    }
  }
  return lines.join('\n');
}

export const queueCommand: Command = {
  name: 'queue',
  summary: 'counts and last failures of the ingest queue (NEWSGRAPH_REDIS_URL)',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
    if (positionals.length !== 1 || positionals[0] !== 'status') {
      throw usageError('queue: expected the action "status"', usage);
    }
    const failures = values.failures === undefined ? 5 : Number(values.failures);
    if (!Number.isInteger(failures) || failures < 0 || failures > 1000) {
      throw usageError(
        `queue: --failures must be a whole number from 0 to 1000, got "${values.failures}"`,
        usage,
      );
    }
    const config = loadConfig(io.env);
    if (config.queue.redisUrl === null) {
      throw usageError('queue: NEWSGRAPH_REDIS_URL must name the Redis of the ingest queue', usage);
    }
    const queue = new IngestQueue(config.queue.redisUrl, config.queue);
    try {
      const status = await queue.status(failures);
      io.stdout.write(`Queue on ${redactedUrl(config.queue.redisUrl)}\n${describeQueue(status)}\n`);
      return 0;
    } finally {
      await queue.close();
    }
  },
};
