// How many entities match Query.entities' nameContains filter with no article to start from (its
// totalCount): every entity (of the type) is read, as entities-page-unanchored.cypher does; the
// case-insensitive substring match over names and aliases has no index (see
// test/integration/graph/read-plans.int.test.ts).
// Params: $type String|null, $nameContains String
// Columns: count
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND (toLower(e.name) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(e) AS count
