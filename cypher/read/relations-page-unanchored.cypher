// One page of relations (Query.relations) with no subject, object, article or source to start from:
// every fact relationship (of $predicates, when given) is read, grouped and sorted before the page is
// cut. This is the one read that still scans (see test/integration/graph/read-plans.int.test.ts): paging
// relations of the whole graph without it needs relations stored in key order (a node or an index per
// relation), which the graph does not keep yet.
// Confidence is the noisy-or of the facts' confidences, 1 - Π(1 - c) (same formula as relation-aggregate.ts);
// a relation's date is the latest date its facts carry (as latestDate there).
// Params: as relations-page ($subjectId, $objectId, $articleId and $sourceId are null here, and not sent)
// Columns: relation as in entity-relations
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
  AND ($predicates IS NULL OR type(r) IN $predicates)
  AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
  AND ($modality IS NULL OR r.modality = $modality)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts, max(r.date) AS date
WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
       + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts, date,
     1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) AS confidence
WHERE ($after IS NULL OR key > $after)
  AND ($minConfidence IS NULL OR confidence >= $minConfidence)
  AND ($maxConfidence IS NULL OR confidence <= $maxConfidence)
  AND ($from IS NULL OR date >= $from)
  AND ($to IS NULL OR date <= $to)
RETURN {key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated, modality: modality,
        facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]}
       AS relation
ORDER BY key
LIMIT $limit
