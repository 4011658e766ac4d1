/**
 * A GraphDatabase ready for work: connected to the server it is given, the server answering and the
 * schema in place. Which server (NEO4J_URI, the embedded one, a cluster's neo4j:// address) is the
 * caller's choice: the graph layer starts nothing.
 */
import { GraphDatabase, type ConnectionInfo, type GraphDatabaseOptions } from './database';
import { applySchema } from './schema';

export async function openGraphDatabase(
  info: ConnectionInfo,
  options: GraphDatabaseOptions,
): Promise<GraphDatabase> {
  const db = GraphDatabase.connect(info, options);
  try {
    await db.verify();
    await applySchema(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
