import type { Config } from '../config';
import type { EmbeddedNeo4j } from '../devdb';
import { AppError, ErrorCode } from '../errors';
import type { ConnectionInfo } from '../graph/database';

/**
 * Where to connect: NEO4J_URI with its credentials, or the embedded Neo4j (its Bolt URI and password)
 * when NEO4J_URI is unset.
 */
export function connectionInfo(config: Config, embedded?: EmbeddedNeo4j): ConnectionInfo {
  const { uri, user, password, database } = config.neo4j;
  if (uri !== null) {
    if (password === null) {
      throw new AppError(
        ErrorCode.CONFIG_INVALID,
        `NEO4J_PASSWORD must be set when NEO4J_URI is set (${uri}).`,
      );
    }
    return { uri, user, password, database };
  }
  if (embedded === undefined)
    throw new Error('connectionInfo: NEO4J_URI is unset and no embedded Neo4j was given');
  return { uri: embedded.boltUri, user: embedded.user, password: embedded.password, database };
}
