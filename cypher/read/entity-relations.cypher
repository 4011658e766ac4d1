// The relations of several entities at once (Entity.relations for a whole page of entities).
// A relation is the aggregate of the fact relationships with the same subject, predicate, object, negated
// and modality; fact relationships are the Entity-to-Entity relationships that carry an articleId.
// Params: $ids [String], $direction 'OUT'|'IN'|'BOTH', $predicate String|null, $after String|null
//   (sort key of the last relation seen), $limit Int (first + 1)
// Columns: id (entity id), totalCount, relations [{key, subjectId, predicate, objectId, negated, modality,
//   facts [{articleId, sentenceIndex, evidence, start, end, confidence, date}]}] (at most $limit, by key)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.articleId IS NOT NULL
    AND ($predicate IS NULL OR type(r) = $predicate)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH startNode(r) AS s, type(r) AS predicate, endNode(r) AS o, coalesce(r.negated, false) AS negated,
       r.modality AS modality, collect(DISTINCT r) AS facts
  WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
         + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts
  ORDER BY key
  WITH collect({key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated,
                modality: modality,
                facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]})
       AS relations
  RETURN size(relations) AS totalCount,
         [relation IN relations WHERE $after IS NULL OR relation.key > $after][..$limit] AS page
}
RETURN e.id AS id, totalCount, page AS relations
