// One page of entities (Query.entities) by name (case-insensitive), then id, descending (ties by id, descending): a seek
// of the entity_name_key index read in its order, stopped at the page (keyset paging on [value, nameKey, id];
// the figures are kept at write time by write/entity-stats.cypher).
// Params: $low, $high (the seek's bounds on nameKey, inclusive, from the filters and the cursor, set by
//   src/api/entity/entity-filter.ts), $types [String]|null, $namePrefix String|null (lower-cased),
//   $nameContains String|null (case-insensitive, name or alias), $articleId String|null (mentioned by that
//   article), $minMentions Int|null, $maxMentions Int|null, $after {value, nameKey, id}|null (the last
//   entity seen), $limit Int (first + 1)
// Columns: id, value (nameKey), nameKey
MATCH (e:Entity)
USING INDEX e:Entity(nameKey)
WHERE e.nameKey >= $low AND e.nameKey <= $high
  AND ($types IS NULL OR e.type IN $types)
  AND ($minMentions IS NULL OR e.mentionCount >= $minMentions)
  AND ($maxMentions IS NULL OR e.mentionCount <= $maxMentions)
  AND ($nameContains IS NULL
       OR e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($articleId IS NULL OR EXISTS { (:Article {id: $articleId})-[:MENTIONS]->(e) })
  AND ($after IS NULL
       OR e.nameKey < $after.nameKey OR (e.nameKey = $after.nameKey AND e.id < $after.id))
RETURN e.id AS id, e.nameKey AS value, e.nameKey AS nameKey
ORDER BY e.nameKey DESC, e.id DESC
LIMIT $limit
