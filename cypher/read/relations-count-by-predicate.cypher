// How many relations Query.relations lists with no anchor and no minConfidence (its totalCount): the
// relation counts the write path keeps per predicate (refresh-predicate-counts.cypher), one predicate's or
// all of them summed; never a scan.
// Params: $predicate String|null
// Columns: count
OPTIONAL MATCH (c:PredicateCount)
WHERE $predicate IS NULL OR c.predicate = $predicate
RETURN coalesce(sum(c.relations), 0) AS count
