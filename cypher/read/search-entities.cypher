// Full-text search over entity names and aliases (the entity_names index).
// Params: $query String (a Lucene query built by src/api/search/lucene-query.ts, never raw user text),
//   $limit Int
// Columns: id, score (best first)
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
WHERE node:Entity
RETURN node.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
