import { loadConfig } from '../../config';
import { redisServerFromConfig } from '../../services/redis';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';

const usage = `Usage: newsgraph redis <start|stop|status>

Runs a local Redis for the ingest queue (Debian's redis-server; any Redis 6.2+ or Valkey in production),
on 127.0.0.1 only, with its data in NEWSGRAPH_REDIS_HOME (append-only file: queued articles survive a
restart) and at most NEWSGRAPH_REDIS_MAXMEMORY of memory (noeviction: a full Redis refuses new jobs
rather than drop one).
  start    start it in the background and wait until it answers; prints the NEWSGRAPH_REDIS_URL to use
  stop     stop it (SIGTERM: it writes its data and exits)
  status   print its pid and URL

Port: NEWSGRAPH_REDIS_PORT (6379).`;

export const redisCommand: Command = {
  name: 'redis',
  summary: 'start, stop or inspect the local Redis of the ingest queue',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { positionals } = parseCommandArgs(args, {}, usage);
    const [action, ...rest] = positionals;
    if (rest.length > 0 || action === undefined) throw usageError('redis: expected one action', usage);
    const server = redisServerFromConfig(loadConfig(io.env), (message) => io.stderr.write(`${message}\n`));
    switch (action) {
      case 'start': {
        const { alreadyRunning, pid } = await server.start();
        io.stdout.write(
          `${alreadyRunning ? 'Redis is already running' : 'Redis started'} (pid ${pid}).\n` +
            `NEWSGRAPH_REDIS_URL=${server.url}\n`,
        );
        return 0;
      }
      case 'stop':
        io.stdout.write((await server.stop()) ? 'Redis stopped.\n' : 'Redis was not running.\n');
        return 0;
      case 'status': {
        const status = server.status();
        io.stdout.write(
          `Redis:  ${status.running ? `running (pid ${status.pid})` : 'stopped'}\nURL:    ${status.url}\n` +
            `Home:   ${status.home}\nLog:    ${status.logFile}\n`,
        );
        return status.running ? 0 : 3;
      }
      default:
        throw usageError(`redis: unknown action "${action}"`, usage);
    }
  },
};
