import { loadConfig } from '../../config';
import { coreNlpServerFromConfig, type CoreNlpServerStatus } from '../../services/corenlp';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';

const usage = `Usage: newsgraph nlp <start|stop|status>

Runs the local Stanford CoreNLP 4.5.10 server (fetched once from Maven Central into NEWSGRAPH_NLP_HOME;
the first download is about 480 MB).
  start    start it in the background, wait until its models are loaded and warm
  stop     stop it (SIGTERM, then SIGKILL after 15 s)
  status   print its pid, URL and whether it answers

Port: NEWSGRAPH_NLP_PORT (9000, loopback). Heap: NEWSGRAPH_NLP_HEAP (4g). Threads: NEWSGRAPH_NLP_THREADS.
With CORENLP_URL set, newsgraph uses that server instead and never starts this one.`;

export function describeNlpStatus(
  status: CoreNlpServerStatus,
  externalUrls: readonly string[] | null,
): string {
  const state = status.running
    ? `running (pid ${status.pid})${status.ready ? ', ready' : ', loading its models'}`
    : status.ready
      ? 'not started by newsgraph, but a CoreNLP server answers on its port'
      : 'stopped';
  const lines = [
    `CoreNLP:  ${state}`,
    `URL:      ${status.url}`,
    `Home:     ${status.home}`,
    `Log:      ${status.logFile}`,
  ];
  if (externalUrls !== null)
    lines.push(`In use:   CORENLP_URL=${externalUrls.join(',')} (this server is not used)`);
  return lines.join('\n');
}

export const nlpCommand: Command = {
  name: 'nlp',
  summary: 'start, stop or inspect the local Stanford CoreNLP server',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { positionals } = parseCommandArgs(args, {}, usage);
    const [action, ...rest] = positionals;
    if (rest.length > 0 || action === undefined) throw usageError('nlp: expected one action', usage);
    const config = loadConfig(io.env);
    const server = coreNlpServerFromConfig(config, (message) => io.stderr.write(`${message}\n`));
    switch (action) {
      case 'start': {
        const { alreadyRunning } = await server.start();
        io.stdout.write(`${alreadyRunning ? 'CoreNLP is already running.' : 'CoreNLP started.'}\n`);
        io.stdout.write(`${describeNlpStatus(await server.status(), config.nlp.urls)}\n`);
        return 0;
      }
      case 'stop': {
        const stopped = await server.stop();
        io.stdout.write(
          stopped ? 'CoreNLP stopped.\n' : 'CoreNLP was not running (none started by newsgraph).\n',
        );
        return 0;
      }
      case 'status': {
        const status = await server.status();
        io.stdout.write(`${describeNlpStatus(status, config.nlp.urls)}\n`);
        return status.running ? 0 : 3; // like `systemctl status`: 3 means not running
      }
      default:
        throw usageError(`nlp: unknown action "${action}"`, usage);
    }
  },
};
