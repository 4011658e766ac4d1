// One page of relations (Query.relations), keyset-paginated on the relation sort key, ascending.
// Confidence is the noisy-or of the facts' confidences, 1 - Π(1 - c) (same formula as relation-aggregate.ts);
// a relation's date is the latest date its facts carry (as latestDate there).
// Params: $predicates [String]|null (any of them), $subjectId String|null, $objectId String|null,
//   $articleId String|null (at least one fact read from that article), $minConfidence Float|null,
//   $maxConfidence Float|null, $from String|null, $to String|null (YYYY-MM-DD, inclusive, on the
//   relation's date; a relation without a date is then left out), $negated Boolean|null,
//   $modality String|null, $sourceId String|null (at least one fact attributed to that entity),
//   $after String|null (sort key of the last relation seen), $limit Int (first + 1)
// Columns: relation as in entity-relations
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
  AND ($predicates IS NULL OR type(r) IN $predicates)
  AND ($subjectId IS NULL OR s.id = $subjectId)
  AND ($objectId IS NULL OR o.id = $objectId)
  AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
  AND ($modality IS NULL OR r.modality = $modality)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts, max(r.date) AS date
WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
       + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts, date,
     1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) AS confidence
WHERE ($after IS NULL OR key > $after)
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
