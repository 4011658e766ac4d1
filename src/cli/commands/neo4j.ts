import { loadConfig } from '../../config';
import { embeddedNeo4jFromConfig, type EmbeddedNeo4jStatus } from '../../devdb';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';

const usage = `Usage: newsgraph neo4j <start|stop|status>

Runs the embedded Neo4j (Community 5.26, fetched once from Maven Central into NEWSGRAPH_NEO4J_HOME).
  start    start it in the background and wait until Bolt answers (fetches the jars on first use)
  stop     stop it (SIGTERM, then SIGKILL after 60 s)
  status   print its pid, Bolt and Browser URLs and user

Ports: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474). Password: NEO4J_PASSWORD, or generated once.`;

export function describeStatus(status: EmbeddedNeo4jStatus, password?: string): string {
  return [
    `Neo4j:    ${status.running ? `running (pid ${status.pid})` : 'stopped'}`,
    `Bolt:     ${status.boltUri}`,
    `Browser:  ${status.browserUrl}`,
    `User:     ${status.user}${password === undefined ? '' : `   Password: ${password}`}`,
    `Home:     ${status.home}`,
    `Log:      ${status.logFile}`,
  ].join('\n');
}

export const neo4jCommand: Command = {
  name: 'neo4j',
  summary: 'start, stop or inspect the embedded Neo4j',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { positionals } = parseCommandArgs(args, {}, usage);
    const [action, ...rest] = positionals;
    if (rest.length > 0 || action === undefined) throw usageError('neo4j: expected one action', usage);
    const config = loadConfig(io.env);
    const server = embeddedNeo4jFromConfig(config, (message) => io.stderr.write(`${message}\n`));
    switch (action) {
      case 'start': {
        const { alreadyRunning } = await server.start();
        io.stdout.write(`${alreadyRunning ? 'Neo4j is already running.' : 'Neo4j started.'}\n`);
        io.stdout.write(`${describeStatus(server.status(), server.password)}\n`);
        return 0;
      }
      case 'stop': {
        const stopped = await server.stop();
        io.stdout.write(stopped ? 'Neo4j stopped.\n' : 'Neo4j was not running.\n');
        return 0;
      }
      case 'status': {
        const status = server.status();
        io.stdout.write(`${describeStatus(status)}\n`);
        return status.running ? 0 : 3; // like `systemctl status`: 3 means not running
      }
      default:
        throw usageError(`neo4j: unknown action "${action}"`, usage);
    }
  },
};
