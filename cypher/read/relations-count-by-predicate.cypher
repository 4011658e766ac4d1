// How many relations Query.relations lists with no anchor and no filter but the predicates (its totalCount): the
// relation counts the write path keeps per predicate (refresh-predicate-counts.cypher), those of the
// predicates asked for or of all of them, summed; never a scan.
// Params: $predicates [String]|null
// Columns: count
OPTIONAL MATCH (c:PredicateCount)
WHERE $predicates IS NULL OR c.predicate IN $predicates
RETURN coalesce(sum(c.relations), 0) AS count
