// How many entities match Query.entities' filter (its totalCount).
// Params: $type String|null, $nameContains String|null, $articleId String|null (as entities-page)
// Columns: count
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($nameContains IS NULL
       OR toLower(e.name) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($articleId IS NULL OR EXISTS { (:Article {id: $articleId})-[:MENTIONS]->(e) })
RETURN count(e) AS count
