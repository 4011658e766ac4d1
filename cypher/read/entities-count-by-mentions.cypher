// How many entities match Query.entities' filter when it has a mention range and no article or name
// prefix (its totalCount): a range seek of the entity_mention_count index, the other filters checked on
// what it finds.
// Params: $low Int, $high Int (the range, inclusive: minMentions or 0, maxMentions or the largest
//   integer), $types [String]|null, $nameContains String|null (as entities-by-mentions-asc)
// Columns: count
MATCH (e:Entity)
USING INDEX e:Entity(mentionCount)
WHERE e.mentionCount >= $low AND e.mentionCount <= $high
  AND ($types IS NULL OR e.type IN $types)
  AND ($nameContains IS NULL
       OR e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(e) AS count
