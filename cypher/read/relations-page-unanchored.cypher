// One page of relations (Query.relations) with no subject, object or article to start from: every fact
// relationship (of $predicate, when given) is read, grouped and sorted before the page is cut. This is the
// one read that still scans (see test/integration/graph/read-plans.int.test.ts): paging relations of the
// whole graph without it needs relations stored in key order (a node or an index per relation), which the
// graph does not keep yet.
// Confidence is the noisy-or of the facts' confidences, 1 - Π(1 - c) (same formula as relation-aggregate.ts).
// Params: $predicate String|null, $minConfidence Float|null, $after String|null (sort key of the last
//   relation seen), $limit Int (first + 1)
// Columns: relation as in entity-relations
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL AND ($predicate IS NULL OR type(r) = $predicate)
WITH s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality,
     collect(DISTINCT r) AS facts
WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
       + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts
WHERE ($after IS NULL OR key > $after)
  AND ($minConfidence IS NULL
       OR 1.0 - reduce(p = 1.0, f IN facts | p * (1.0 - coalesce(f.confidence, 0.0))) >= $minConfidence)
RETURN {key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated, modality: modality,
        facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]}
       AS relation
ORDER BY key
LIMIT $limit
