// The articles written before article-facts.cypher kept what it keeps get it, from the facts that carry
// their id (found from the entities they mention, as retract-articles does): the list of their facts'
// predicates (factPredicates) and, on each fact, the article's publication day (publishedAt, which
// create-facts.cypher now writes with the fact; the article is then marked factsDated). Run by
// applySchema at start; once every article has both, it finds none (a label scan, at start only).
// Params: $limit Int (a batch).
// Columns: updated (integer).
MATCH (a:Article)
WHERE a.factPredicates IS NULL OR (a.publishedAt IS NOT NULL AND a.factsDated IS NULL)
WITH a
LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
    WHERE r.articleId = a.id
  WITH DISTINCT r
  SET r.publishedAt = a.publishedAt
  WITH type(r) AS predicate
  ORDER BY predicate
  RETURN collect(predicate) AS predicates
}
SET a.factPredicates = predicates, a.factsDated = true
RETURN count(a) AS updated
