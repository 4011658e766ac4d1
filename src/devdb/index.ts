import type { Config } from '../config';
import { browserPostConnectCommands } from '../explore/browser-setup';
import { EmbeddedNeo4j } from './embedded-neo4j';
import type { ProgressReporter } from './fetch';

export { EmbeddedNeo4j, type EmbeddedNeo4jStatus } from './embedded-neo4j';
export { fetchDistribution, isFetched, pinnedVersions } from './fetch';

/**
 * The embedded Neo4j that `npm start` and the CLI use, as the environment configures it. Whoever starts
 * it, Neo4j Browser applies our style and opens our guide, served by the API, after it connects.
 */
export function embeddedNeo4jFromConfig(config: Config, progress?: ProgressReporter): EmbeddedNeo4j {
  return new EmbeddedNeo4j({
    ...config.embedded,
    password: config.neo4j.password,
    progress,
    browserPostConnect: browserPostConnectCommands(config),
  });
}
