// How many entities an article mentions that match Query.entities' filter (its totalCount with
// where.articleId); found from the article, never by scanning entities.
// Params: $articleId String, $types [String]|null, $namePrefix String|null (lower-cased),
//   $nameContains String|null, $minMentions Int|null, $maxMentions Int|null (as entities-by-name-asc)
// Columns: count
MATCH (:Article {id: $articleId})-[:MENTIONS]->(e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($namePrefix IS NULL OR e.nameKey STARTS WITH $namePrefix)
  AND ($minMentions IS NULL OR e.mentionCount >= $minMentions)
  AND ($maxMentions IS NULL OR e.mentionCount <= $maxMentions)
  AND ($nameContains IS NULL
       OR e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(DISTINCT e) AS count
