// How many entities an article mentions that match Query.entities' filter (its totalCount with
// where.articleId); found from the article, never by scanning entities.
// Params: $articleId String, $type String|null, $nameContains String|null (as entities-page)
// Columns: count
MATCH (:Article {id: $articleId})-[:MENTIONS]->(e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($nameContains IS NULL
       OR toLower(e.name) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(DISTINCT e) AS count
