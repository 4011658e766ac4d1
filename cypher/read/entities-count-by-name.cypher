// How many entities match Query.entities' nameContains filter with no article, name prefix or mention
// range to start from (its totalCount): the text index on searchKey (the lower-cased name and aliases,
// one per line, kept by write/entity-stats.cypher) answers the case-insensitive substring, so only the
// matching entities are read. The API refuses a nameContains with a line break, which could otherwise
// match across a name and an alias.
// Params: $types [String]|null, $nameContains String (as entities-by-name-asc)
// Columns: count
MATCH (e:Entity)
WHERE e.searchKey CONTAINS toLower($nameContains)
  AND ($types IS NULL OR e.type IN $types)
RETURN count(e) AS count
