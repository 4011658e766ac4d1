// How many relations match Query.relations' filter when it has minConfidence but no subject, object or
// article to start from: every fact relationship (of $predicate, when given) is read and grouped. It scans,
// as relations-page-unanchored.cypher does (see test/integration/graph/read-plans.int.test.ts).
// Params: $predicate String|null, $minConfidence Float
// Columns: count
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL AND ($predicate IS NULL OR type(r) = $predicate)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts
WHERE $minConfidence IS NULL
   OR 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) >= $minConfidence
RETURN count(*) AS count
