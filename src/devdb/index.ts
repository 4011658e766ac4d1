import type { Config } from '../config';
import { EmbeddedNeo4j } from './embedded-neo4j';
import type { ProgressReporter } from './fetch';

export { EmbeddedNeo4j, type EmbeddedNeo4jStatus } from './embedded-neo4j';
export { fetchDistribution, isFetched, pinnedVersions } from './fetch';

/** The embedded Neo4j that `npm start` and `newsgraph neo4j` use, as the environment configures it. */
export function embeddedNeo4jFromConfig(
  config: Config,
  progress?: ProgressReporter,
  browserPostConnect?: readonly string[],
): EmbeddedNeo4j {
  return new EmbeddedNeo4j({
    ...config.embedded,
    password: config.neo4j.password,
    progress,
    browserPostConnect,
  });
}
