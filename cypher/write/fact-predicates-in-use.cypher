// The relationship types that may be facts and have no PredicateCount yet (a graph written before the
// counts existed): applySchema counts them once (refresh-predicate-counts.cypher). db.relationshipTypes()
// also lists types with no relationship left; counting those finds 0 and writes nothing.
// Params: none.
// Columns: predicates (list of strings; one row).
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType WHERE relationshipType <> 'MENTIONS'
  AND NOT EXISTS { MATCH (:PredicateCount {predicate: relationshipType}) }
RETURN collect(relationshipType) AS predicates
