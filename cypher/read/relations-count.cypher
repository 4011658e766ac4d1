// How many relations match Query.relations' filter (its totalCount).
// Params: $predicate, $subjectId, $objectId, $articleId, $minConfidence (as relations-page)
// Columns: count
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
  AND ($predicate IS NULL OR type(r) = $predicate)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts
WHERE ($articleId IS NULL OR any(f IN facts WHERE f.articleId = $articleId))
  AND ($minConfidence IS NULL
       OR 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) >= $minConfidence)
RETURN count(*) AS count
