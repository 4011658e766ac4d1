// One page of entities (Query.entities) by the last day an article mentions it, then by name and id, ascending (ties by name then id, ascending): a seek
// of the entity_last_seen index read in its order, stopped at the page (keyset paging on [value, nameKey, id];
// the figures are kept at write time by write/entity-stats.cypher).
// Params: $low, $high (the seek's bounds on lastSeen, inclusive, from the filters and the cursor, set by
//   src/api/entity/entity-filter.ts), $types [String]|null, $namePrefix String|null (lower-cased),
//   $nameContains String|null (case-insensitive, name or alias), $articleId String|null (mentioned by that
//   article), $minMentions Int|null, $maxMentions Int|null, $after {value, nameKey, id}|null (the last
//   entity seen), $limit Int (first + 1)
// Columns: id, value (lastSeen), nameKey
MATCH (e:Entity)
USING INDEX e:Entity(lastSeen)
WHERE e.lastSeen >= $low AND e.lastSeen <= $high
  AND ($types IS NULL OR e.type IN $types)
  AND ($namePrefix IS NULL OR e.nameKey STARTS WITH $namePrefix)
  AND ($minMentions IS NULL OR e.mentionCount >= $minMentions)
  AND ($maxMentions IS NULL OR e.mentionCount <= $maxMentions)
  AND ($nameContains IS NULL
       OR e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($articleId IS NULL OR EXISTS { (:Article {id: $articleId})-[:MENTIONS]->(e) })
  AND ($after IS NULL
       OR e.lastSeen > $after.value
       OR (e.lastSeen = $after.value
           AND (e.nameKey > $after.nameKey OR (e.nameKey = $after.nameKey AND e.id > $after.id))))
RETURN e.id AS id, e.lastSeen AS value, e.nameKey AS nameKey
ORDER BY e.lastSeen ASC, e.nameKey, e.id
LIMIT $limit
