// How many entities match Query.entities' nameContains filter with no article, name prefix or mention
// range to start from (its totalCount): every entity is read; the case-insensitive substring match over
// names and aliases has no index (see test/integration/graph/read-plans.int.test.ts).
// Params: $types [String]|null, $nameContains String (as entities-by-name-asc)
// Columns: count
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND (e.nameKey CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
RETURN count(e) AS count
