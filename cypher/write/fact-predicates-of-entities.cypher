// The predicates of the facts that touch some entities (either direction): after a merge moved facts onto
// them, the predicates whose relation counts (refresh-predicate-counts.cypher) may have changed.
// Params: $entityIds (list of strings).
// Columns: predicates (list of strings; one row).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})-[r]-(:Entity)
WHERE r.articleId IS NOT NULL
RETURN collect(DISTINCT type(r)) AS predicates
