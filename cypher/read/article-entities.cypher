// The entities each of several articles mentions (Article.entities), by name.
// Params: $ids [String], $after String|null (sort key of the last entity seen), $limit Int (first + 1)
// Columns: id (article id), totalCount, entities [{id, key}] (at most $limit; key: lower-cased name, then id)
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(e:Entity)
  WITH e, toLower(e.name) + '\u0001' + e.id AS key
  ORDER BY key
  WITH collect({id: e.id, key: key}) AS entities
  RETURN size(entities) AS totalCount,
         [entity IN entities WHERE $after IS NULL OR entity.key > $after][..$limit] AS page
}
RETURN a.id AS id, totalCount, page AS entities
