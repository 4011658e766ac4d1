// How many relations match Query.relations' filter when it has a filter besides the predicates but no
// subject, object, article or source to start from: every fact relationship (of $predicates, when given)
// is read and grouped. It scans, as relations-page-unanchored.cypher does (see
// test/integration/graph/read-plans.int.test.ts).
// Params: $predicates, $minConfidence, $maxConfidence, $from, $to, $negated, $modality (as relations-page)
// Columns: count
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
  AND ($predicates IS NULL OR type(r) IN $predicates)
  AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
  AND ($modality IS NULL OR r.modality = $modality)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts, max(r.date) AS date
WITH facts, date, 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) AS confidence
WHERE ($minConfidence IS NULL OR confidence >= $minConfidence)
  AND ($maxConfidence IS NULL OR confidence <= $maxConfidence)
  AND ($from IS NULL OR date >= $from)
  AND ($to IS NULL OR date <= $to)
RETURN count(*) AS count
