// Relations by their identity (Relation ids, path hops): the facts of each (subject, predicate, object,
// negated, modality), found from the indexed subject and object ids.
// Params: $keys [{subjectId, predicate, objectId, negated, modality}]
// Columns: relation as in entity-relations; a key without facts gives no row
UNWIND $keys AS k
MATCH (s:Entity {id: k.subjectId})-[f]->(o:Entity {id: k.objectId})
WHERE f.articleId IS NOT NULL AND type(f) = k.predicate AND coalesce(f.negated, false) = k.negated
  AND coalesce(f.modality, '') = coalesce(k.modality, '')
WITH k, collect(DISTINCT f) AS facts
RETURN {key: k.predicate + '\u0001' + k.subjectId + '\u0001' + k.objectId + '\u0001' + toString(k.negated)
               + '\u0001' + coalesce(k.modality, ''),
        subjectId: k.subjectId, predicate: k.predicate, objectId: k.objectId, negated: k.negated,
        modality: k.modality,
        facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]}
       AS relation
