// One page of relations (Query.relations), keyset-paginated on the relation sort key, ascending.
// Confidence is the noisy-or of the facts' confidences, 1 - Π(1 - c) (same formula as relation-aggregate.ts).
// Params: $predicate String|null, $subjectId String|null, $objectId String|null,
//   $articleId String|null (at least one fact read from that article), $minConfidence Float|null,
//   $after String|null (sort key of the last relation seen), $limit Int (first + 1)
// Columns: relation as in entity-relations
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
  AND ($predicate IS NULL OR type(r) = $predicate)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts
WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
       + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts
WHERE ($after IS NULL OR key > $after)
  AND ($articleId IS NULL OR any(f IN facts WHERE f.articleId = $articleId))
  AND ($minConfidence IS NULL
       OR 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) >= $minConfidence)
RETURN {key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated, modality: modality,
        facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]}
       AS relation
ORDER BY key
LIMIT $limit
