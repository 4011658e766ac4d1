// How many relations match Query.relations' filter (its totalCount).
// Params: as relations-page, without $after and $limit
// Columns: count
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
  AND ($predicates IS NULL OR type(r) IN $predicates)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
  AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
  AND ($modality IS NULL OR r.modality = $modality)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts, max(r.date) AS date
WITH facts, date, 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) AS confidence
WHERE ($articleId IS NULL OR any(f IN facts WHERE f.articleId = $articleId))
  AND ($sourceId IS NULL OR any(f IN facts WHERE f.attributedTo = $sourceId))
  AND ($minConfidence IS NULL OR confidence >= $minConfidence)
  AND ($maxConfidence IS NULL OR confidence <= $maxConfidence)
  AND ($from IS NULL OR date >= $from)
  AND ($to IS NULL OR date <= $to)
RETURN count(*) AS count
