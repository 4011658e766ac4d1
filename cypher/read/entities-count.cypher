// How many entities match Query.entities' filter (its totalCount; run only when a client asks for it).
// Params: $types [String]|null, $namePrefix String|null (lower-cased), $nameContains String|null,
//   $articleId String|null, $minMentions Int|null, $maxMentions Int|null (as entities-by-name-asc)
// Columns: count
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($namePrefix IS NULL OR e.nameKey STARTS WITH $namePrefix)
  AND ($minMentions IS NULL OR e.mentionCount >= $minMentions)
  AND ($maxMentions IS NULL OR e.mentionCount <= $maxMentions)
  AND ($nameContains IS NULL
       OR e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($articleId IS NULL OR EXISTS { (:Article {id: $articleId})-[:MENTIONS]->(e) })
RETURN count(e) AS count
