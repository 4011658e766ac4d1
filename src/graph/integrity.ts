/**
 * What "exactly once" means in the graph, counted: article ids and entity ids stored twice, two MENTIONS
 * between the same article and entity, and articles without MENTIONS (a partial article, or one in which
 * the analyzer found no entity). The queue's fault tests and `npm run bench:scale` both check with it.
 */
import type { GraphDatabase } from './database';

export interface GraphIntegrity {
  readonly duplicateArticles: number;
  readonly duplicateEntities: number;
  readonly duplicateMentions: number;
  readonly articlesWithoutMentions: number;
}

export async function graphIntegrity(db: GraphDatabase): Promise<GraphIntegrity> {
  const one = async (statement: string) => (await db.read<{ n: number }>(statement, {}, 'check'))[0]?.n ?? 0;
  return {
    duplicateArticles: await one(
      'MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n',
    ),
    duplicateEntities: await one(
      'MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n',
    ),
    duplicateMentions: await one(
      'MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS c WHERE c > 1 RETURN count(*) AS n',
    ),
    articlesWithoutMentions: await one(
      'MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN count(*) AS n',
    ),
  };
}
