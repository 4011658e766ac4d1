// The articles that mention each of several entities (Entity.articles), newest first.
// Params: $ids [String], $after String|null (sort key of the last article seen), $limit Int (first + 1)
// Columns: id (entity id), totalCount, articles [{id, key}] (at most $limit; key: publishedAt, then id, descending)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a, coalesce(a.publishedAt, '') + '\u0001' + a.id AS key
  ORDER BY key DESC
  WITH collect({id: a.id, key: key}) AS articles
  RETURN size(articles) AS totalCount,
         [article IN articles WHERE $after IS NULL OR article.key < $after][..$limit] AS page
}
RETURN e.id AS id, totalCount, page AS articles
