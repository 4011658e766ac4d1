// Each predicate in use with its number of relations (aggregated facts, as Query.relations counts them).
// Params: none
// Columns: predicate, count (most used first, then by name)
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
WITH DISTINCT s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, coalesce(r.modality, '') AS modality
RETURN predicate, count(*) AS count
ORDER BY count DESC, predicate
