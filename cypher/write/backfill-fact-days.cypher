// The facts written before they carried their article's publication day (create-facts.cypher sets
// publishedAt) get it, article by article; each dated article is then marked factsDated, as
// article-facts.cypher marks every article it writes. Run by applySchema at start; once every dated
// article is marked, it finds none (a label scan, at start only).
// Params: $limit Int (a batch).
// Columns: updated (integer).
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL AND a.factsDated IS NULL
WITH a
LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
    WHERE r.articleId = a.id
  WITH DISTINCT r
  SET r.publishedAt = a.publishedAt
}
SET a.factsDated = true
RETURN count(a) AS updated
