// One page of relations (Query.relations) with an anchor: a subject, an object, an article or a source
// (at least one of them is given; relations-page-unanchored.cypher serves the rest). Keyset-paginated on
// the relation sort key, ascending. The relations are found from the anchor's index (Entity.id,
// Article.id; a source's facts through the articles that mention it) and their facts from their two ends:
// no scan of the graph, whatever its size.
// Confidence is the noisy-or of the facts' confidences, 1 - Π(1 - c) (same formula as relation-aggregate.ts);
// a relation's date is the latest date its facts carry (as latestDate there).
// Params: $predicates [String]|null (any of them), $subjectId String|null, $objectId String|null,
//   $articleId String|null (at least one fact read from that article), $minConfidence Float|null,
//   $maxConfidence Float|null, $from String|null, $to String|null (YYYY-MM-DD, inclusive, on the
//   relation's date; a relation without a date is then left out), $negated Boolean|null,
//   $modality String|null, $sourceId String|null (at least one fact attributed to that entity),
//   $after String|null (sort key of the last relation seen), $limit Int (first + 1)
// Columns: relation as in entity-relations
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
WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
       + coalesce(modality, '') AS key, s, predicate, o, negated, modality
WHERE $after IS NULL OR key > $after
CALL (s, predicate, o, negated, modality) {
  MATCH (s)-[f]->(o)
  WHERE f.articleId IS NOT NULL AND type(f) = predicate AND coalesce(f.negated, false) = negated
    AND coalesce(f.modality, '') = coalesce(modality, '')
  RETURN collect(DISTINCT f) AS facts, max(f.date) AS date
}
WITH key, s, predicate, o, negated, modality, facts, date,
     1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) AS confidence
WHERE true
  AND ($articleId IS NULL OR any(f IN facts WHERE f.articleId = $articleId))
  AND ($sourceId IS NULL OR any(f IN facts WHERE f.attributedTo = $sourceId))
  AND ($minConfidence IS NULL OR confidence >= $minConfidence)
  AND ($maxConfidence IS NULL OR confidence <= $maxConfidence)
  AND ($from IS NULL OR date >= $from)
  AND ($to IS NULL OR date <= $to)
RETURN {key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated, modality: modality,
        facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]}
       AS relation
ORDER BY key
LIMIT $limit
