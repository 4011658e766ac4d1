// The articles written before article-facts.cypher existed (no factPredicates yet) get theirs, from the
// facts that carry their id (found from the entities they mention, as retract-articles does). Run by
// applySchema at start; once every article has the list, it finds none (a label scan, at start only).
// Params: $limit Int (a batch).
// Columns: updated (integer).
MATCH (a:Article)
WHERE a.factPredicates IS NULL
WITH a
LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
    WHERE r.articleId = a.id
  WITH DISTINCT r
  WITH type(r) AS predicate
  ORDER BY predicate
  RETURN collect(predicate) AS predicates
}
SET a.factPredicates = predicates
RETURN count(a) AS updated
