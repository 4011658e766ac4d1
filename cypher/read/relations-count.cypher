// How many relations match Query.relations' filter (its totalCount) when it has an anchor: a subject, an
// object or an article (as relations-page.cypher, which it mirrors; no scan). Without an anchor:
// relations-count-by-predicate.cypher, or relations-count-unanchored.cypher with minConfidence.
// Params: $predicate, $subjectId, $objectId, $articleId, $minConfidence (as relations-page)
// Columns: count
CALL () {
  MATCH (s:Entity {id: $subjectId})-[r]->(o:Entity)
  WHERE r.articleId IS NOT NULL AND ($objectId IS NULL OR o.id = $objectId)
    AND ($predicate IS NULL OR type(r) = $predicate) AND ($articleId IS NULL OR r.articleId = $articleId)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
  UNION
  MATCH (s:Entity)-[r]->(o:Entity {id: $objectId})
  WHERE $subjectId IS NULL AND r.articleId IS NOT NULL
    AND ($predicate IS NULL OR type(r) = $predicate) AND ($articleId IS NULL OR r.articleId = $articleId)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
  UNION
  MATCH (:Article {id: $articleId})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE $subjectId IS NULL AND $objectId IS NULL AND r.articleId = $articleId
    AND ($predicate IS NULL OR type(r) = $predicate)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
}
CALL (s, predicate, o, negated, modality) {
  MATCH (s)-[f]->(o)
  WHERE f.articleId IS NOT NULL AND type(f) = predicate AND coalesce(f.negated, false) = negated
    AND coalesce(f.modality, '') = coalesce(modality, '')
  RETURN collect(DISTINCT f) AS facts
}
WITH facts
WHERE $minConfidence IS NULL
   OR 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) >= $minConfidence
RETURN count(*) AS count
