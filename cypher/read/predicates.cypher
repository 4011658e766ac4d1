// Each predicate in use with its number of relations (aggregated facts, as Query.relations counts them),
// read from the counts the write path keeps (refresh-predicate-counts.cypher): a few small nodes, never a
// scan of the relationships.
// Params: none
// Columns: predicate, count (most used first, then by name)
MATCH (c:PredicateCount)
WHERE c.relations > 0
RETURN c.predicate AS predicate, c.relations AS count
ORDER BY count DESC, predicate
