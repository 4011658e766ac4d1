// One page of relations (Query.relations) with an anchor: a subject, an object or an article (at least
// one of them is given; relations-page-unanchored.cypher serves the rest). Keyset-paginated on the
// relation sort key, ascending. The relations are found from the anchor's index (Entity.id, Article.id)
// and their facts from their two ends: no scan of the graph, whatever its size.
// Confidence is the noisy-or of the facts' confidences, 1 - Π(1 - c) (same formula as relation-aggregate.ts).
// Params: $predicate String|null, $subjectId String|null, $objectId String|null,
//   $articleId String|null (at least one fact read from that article), $minConfidence Float|null,
//   $after String|null (sort key of the last relation seen), $limit Int (first + 1)
// Columns: relation as in entity-relations
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
  // Every fact's subject is an entity its article mentions (create-mentions.cypher).
  MATCH (:Article {id: $articleId})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE $subjectId IS NULL AND $objectId IS NULL AND r.articleId = $articleId
    AND ($predicate IS NULL OR type(r) = $predicate)
  RETURN s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
}
WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
       + coalesce(modality, '') AS key, s, predicate, o, negated, modality
WHERE $after IS NULL OR key > $after
CALL (s, predicate, o, negated, modality) {
  MATCH (s)-[f]->(o)
  WHERE f.articleId IS NOT NULL AND type(f) = predicate AND coalesce(f.negated, false) = negated
    AND coalesce(f.modality, '') = coalesce(modality, '')
  RETURN collect(DISTINCT f) AS facts
}
WITH key, s, predicate, o, negated, modality, facts
WHERE $minConfidence IS NULL
   OR 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) >= $minConfidence
RETURN {key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated, modality: modality,
        facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]}
       AS relation
ORDER BY key
LIMIT $limit
