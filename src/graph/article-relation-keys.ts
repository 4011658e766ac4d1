/**
 * The relations one article states (their identities, not their evidence): what the ingest path publishes
 * as relationAdded events after the article's transaction committed (src/events/ingest-events.ts).
 */
import { int } from 'neo4j-driver';
import { cypher } from './cypher';
import type { GraphDatabase } from './database';
import type { RelationKey } from './read';

/** Far above what one article states (a long article gives a few hundred facts). */
export const MAX_RELATION_KEYS_PER_ARTICLE = 5_000;

export function articleRelationKeys(
  db: GraphDatabase,
  articleId: string,
  limit = MAX_RELATION_KEYS_PER_ARTICLE,
): Promise<RelationKey[]> {
  return db.read<RelationKey & Record<string, unknown>>(
    cypher('events/article-relation-keys'),
    { id: articleId, limit: int(limit) },
    'events',
  );
}
