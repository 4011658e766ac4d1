// Full-text search over entity names and aliases (the entity_names index), plus, for a query typed as an
// acronym ("EU", "U.N."), the entities whose capitalized words begin with its letters (European Union).
// Dates, amounts and quantities only when the query has a digit: "Milei" must not find "93 miles".
// Params: $query String (a Lucene query built by src/api/search/lucene-query.ts, never raw user text),
//   $acronym String or null (upper-case letters), $acronymTypes [String], $numeric Boolean,
//   $numericTypes [String], $limit Int (candidates: the API ranks them and keeps the first ones),
// The statement's head: searchEntitiesStatement (src/graph/read/reader.ts) adds its RETURN, whose entity
//   column projects only the properties the request reads (entityProjection), the mention count only
//   when asked. Not a statement on its own: read-plans.int.test.ts plans it completed.
// Columns: id, score (Lucene's; 0 for an acronym-only match), name, aliases; entity (as entities-by-id,
//   with the properties asked for: the API keeps it for the hits it returns, with no second statement);
//   best first
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Entity)
  WHERE $acronym IS NOT NULL AND node.name STARTS WITH left($acronym, 1) AND node.type IN $acronymTypes
    AND reduce(s = '', w IN split(node.name, ' ') | s + CASE WHEN w =~ '[A-Z].*' THEN left(w, 1) ELSE '' END) = $acronym
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WHERE node:Entity AND ($numeric OR NOT node.type IN $numericTypes)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
