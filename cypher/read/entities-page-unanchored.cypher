// One page of entities (Query.entities) with no article to start from, keyset-paginated on a string sort
// key, ascending. It reads every entity (of the type) before the page is cut: the sort key (lower-cased
// name, or mention count) is not stored, so no index gives that order (see
// test/integration/graph/read-plans.int.test.ts, which lists it among the reads that still scan).
// Params: $type String|null, $nameContains String|null (case-insensitive, name or alias),
//   $order 'NAME_ASC'|'MENTION_COUNT_DESC', $after String|null (sort key of the last entity seen),
//   $limit Int (first + 1)
// Columns: id, key (sort key: lower-cased name, then id; MENTION_COUNT_DESC prefixes the inverted count)
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($nameContains IS NULL
       OR toLower(e.name) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
WITH e, toLower(e.name) + '\u0001' + e.id AS nameKey
WITH e, CASE $order
  WHEN 'MENTION_COUNT_DESC' THEN
    right('000000000' + toString(999999999 -
      reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(e) | coalesce(m.count, 1)] | total + n)), 9)
      + '\u0001' + nameKey
  ELSE nameKey
END AS key
WHERE $after IS NULL OR key > $after
RETURN e.id AS id, key
ORDER BY key
LIMIT $limit
