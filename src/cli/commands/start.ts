import { loadConfig } from '../../config';
import { embeddedNeo4jFromConfig } from '../../devdb';
import type { Command, CommandIo } from '../command';
import { describeStatus } from './neo4j';

const usage = 'Usage: newsgraph start';

export const startCommand: Command = {
  name: 'start',
  summary: 'start Neo4j (embedded unless NEO4J_URI is set), load the sample, serve GraphQL',
  usage,
  async run(_args: readonly string[], io: CommandIo): Promise<number> {
    const config = loadConfig(io.env);
    const server = embeddedNeo4jFromConfig(config, (message) => io.stderr.write(`${message}\n`));
    await server.start();
    io.stdout.write(`${describeStatus(server.status(), server.password)}\n`);
    return 0;
  },
};
