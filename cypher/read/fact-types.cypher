// The predicates in use: the relationship types that carry facts, as the write path keeps them
// (refresh-predicate-counts.cypher). src/graph/read/fact-types.ts reads them now and then, outside any
// request, so that compiled statements can expand an entity's facts by type and skip its MENTIONS.
// Params: none
// Columns: predicate
MATCH (c:PredicateCount)
WHERE c.relations > 0
RETURN c.predicate AS predicate
ORDER BY predicate
