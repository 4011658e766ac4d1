// How many entities match Query.entities' filter when it has a name prefix and no article (its
// totalCount): a seek of the entity_name_key index on the prefix, the other filters checked on what it
// finds.
// Params: $namePrefix String (lower-cased), $types [String]|null, $nameContains String|null,
//   $minMentions Int|null, $maxMentions Int|null (as entities-by-name-asc)
// Columns: count
MATCH (e:Entity)
USING INDEX e:Entity(nameKey)
WHERE e.nameKey STARTS WITH $namePrefix
  AND ($types IS NULL OR e.type IN $types)
  AND ($minMentions IS NULL OR e.mentionCount >= $minMentions)
  AND ($maxMentions IS NULL OR e.mentionCount <= $maxMentions)
  AND ($nameContains IS NULL
       OR e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(e) AS count
