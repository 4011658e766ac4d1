/**
 * The database a CLI command works on: NEO4J_URI when set; otherwise the embedded Neo4j, started first
 * when it is not running (its progress goes to `progress`; it keeps running afterwards, like after
 * `newsgraph neo4j start`). Resolves once the server answers and the schema is in place; a server that
 * does not answer is an AppError DATABASE_UNAVAILABLE naming the URI. Starting a server is the CLI's
 * business (the composition root); src/graph only connects to the one it is given.
 */
import type { Config } from '../config';
import { embeddedNeo4jFromConfig, type EmbeddedNeo4j } from '../devdb';
import type { GraphDatabase } from '../graph/database';
import { openGraphDatabase } from '../graph/open';
import type { Logger } from '../logger';
import { connectionInfo } from './connection-info';

export async function openDatabase(
  config: Config,
  progress: (message: string) => void,
  logger?: Logger,
): Promise<GraphDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  if (config.neo4j.uri === null) {
    embedded = embeddedNeo4jFromConfig(config, progress);
    if (embedded.runningPid() === null) {
      progress(
        'NEO4J_URI is unset: starting the embedded Neo4j (it keeps running; `newsgraph neo4j stop` stops it).',
      );
      await embedded.start();
    }
  }
  return openGraphDatabase(connectionInfo(config, embedded), {
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
    writeTimeoutMs: config.neo4j.writeTimeoutMs,
    maxRetryTimeMs: config.neo4j.retryMs,
    ...(logger === undefined ? {} : { logger }),
  });
}
