/**
 * A relation's id encodes its identity (subject id, predicate, object id, negated, modality) as
 * `rel:` + base64url(JSON). Decoding it gives indexed entity ids to start from, so node(id) never scans
 * relationships. `rel:` cannot start an entity id (entity ids start with an entity type).
 */
import type { RelationKey } from '../../graph/read';
import { isValidRelationshipType } from '../../vocabulary';

export const RELATION_ID_PREFIX = 'rel:';

export function relationId(key: RelationKey): string {
  const parts = [key.subjectId, key.predicate, key.objectId, key.negated, key.modality];
  return RELATION_ID_PREFIX + Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function isRelationId(id: string): boolean {
  return id.startsWith(RELATION_ID_PREFIX);
}

/** The key a relation id encodes, or null when it is not one this API made. */
export function parseRelationId(id: string): RelationKey | null {
  if (!isRelationId(id)) return null;
  const encoded = id.slice(RELATION_ID_PREFIX.length);
  if (!/^[A-Za-z0-9_-]{1,4096}$/.test(encoded)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 5) return null;
  const [subjectId, predicate, objectId, negated, modality] = parts as unknown[];
  if (
    typeof subjectId !== 'string' ||
    typeof predicate !== 'string' ||
    !isValidRelationshipType(predicate) ||
    typeof objectId !== 'string' ||
    typeof negated !== 'boolean' ||
    (modality !== null && typeof modality !== 'string')
  ) {
    return null;
  }
  return { subjectId, predicate, objectId, negated, modality };
}

/** The sort key the read queries compute for a relation (cypher/read/*relations*.cypher). */
export function relationSortKey(key: RelationKey): string {
  return [key.predicate, key.subjectId, key.objectId, String(key.negated), key.modality ?? ''].join('\u0001');
}
