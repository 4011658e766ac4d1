// How many relations match Query.relations' filter (its totalCount) when it has an anchor: a subject, an
// object, an article or a source (as relations-page.cypher, which it mirrors; no scan). Without an
// anchor: relations-count-by-predicate.cypher, or relations-count-unanchored.cypher with other filters.
// Params: as relations-page, without $after and $limit
// Columns: count
CALL () {
  MATCH (s:Entity {id: $subjectId})-[r]->(o:Entity)
  WHERE r.articleId IS NOT NULL AND ($objectId IS NULL OR o.id = $objectId)
    AND ($predicates IS NULL OR type(r) IN $predicates) AND ($articleId IS NULL OR r.articleId = $articleId)
    AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
    AND ($modality IS NULL OR r.modality = $modality)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
  UNION
  MATCH (s:Entity)-[r]->(o:Entity {id: $objectId})
  WHERE $subjectId IS NULL AND r.articleId IS NOT NULL
    AND ($predicates IS NULL OR type(r) IN $predicates) AND ($articleId IS NULL OR r.articleId = $articleId)
    AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
    AND ($modality IS NULL OR r.modality = $modality)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
  UNION
  // Every fact's subject is an entity its article mentions (create-mentions.cypher).
  MATCH (:Article {id: $articleId})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE $subjectId IS NULL AND $objectId IS NULL AND r.articleId = $articleId
    AND ($predicates IS NULL OR type(r) IN $predicates)
    AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
    AND ($modality IS NULL OR r.modality = $modality)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
  UNION
  // A fact attributed to an entity comes from an article that mentions it (the article quotes it).
  MATCH (:Entity {id: $sourceId})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE $subjectId IS NULL AND $objectId IS NULL AND $articleId IS NULL
    AND r.articleId = a.id AND r.attributedTo = $sourceId
    AND ($predicates IS NULL OR type(r) IN $predicates)
    AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
    AND ($modality IS NULL OR r.modality = $modality)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
}
CALL (s, predicate, o, negated, modality) {
  MATCH (s)-[f]->(o)
  WHERE f.articleId IS NOT NULL AND type(f) = predicate AND coalesce(f.negated, false) = negated
    AND coalesce(f.modality, '') = coalesce(modality, '')
  RETURN collect(DISTINCT f) AS facts, max(f.date) AS date
}
WITH facts, date, 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) AS confidence
WHERE true
  AND ($articleId IS NULL OR any(f IN facts WHERE f.articleId = $articleId))
  AND ($sourceId IS NULL OR any(f IN facts WHERE f.attributedTo = $sourceId))
  AND ($minConfidence IS NULL OR confidence >= $minConfidence)
  AND ($maxConfidence IS NULL OR confidence <= $maxConfidence)
  AND ($from IS NULL OR date >= $from)
  AND ($to IS NULL OR date <= $to)
RETURN count(*) AS count
