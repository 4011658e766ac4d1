// Query.entityTypeCounts: how many entities each type has, most first (ties by type). Every entity type
// is a label (src/vocabulary/entity-types.ts), and `COUNT { (:Label) }` is a lookup in Neo4j's count
// store: no node is read. A label cannot be a parameter of a count-store lookup, so each type has its
// line; a unit test checks that the lines are exactly the vocabulary's types and labels.
// Params: none
// Columns: type, count (types without an entity are left out)
UNWIND [
  {type: 'PERSON', count: COUNT { (:Person) }},
  {type: 'ORGANIZATION', count: COUNT { (:Organization) }},
  {type: 'COUNTRY', count: COUNT { (:Country) }},
  {type: 'CITY', count: COUNT { (:City) }},
  {type: 'LOCATION', count: COUNT { (:Location) }},
  {type: 'FACILITY', count: COUNT { (:Facility) }},
  {type: 'EVENT', count: COUNT { (:Event) }},
  {type: 'DATE', count: COUNT { (:Date) }},
  {type: 'MONEY', count: COUNT { (:Money) }},
  {type: 'QUANTITY', count: COUNT { (:Quantity) }},
  {type: 'CONCEPT', count: COUNT { (:Concept) }}
] AS row
WITH row
WHERE row.count > 0
RETURN row.type AS type, row.count AS count
ORDER BY count DESC, type
