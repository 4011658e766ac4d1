// The relations of several entities at once (Entity.relations for a whole page of entities).
// A relation is the aggregate of the fact relationships with the same subject, predicate, object, negated
// and modality; fact relationships are the Entity-to-Entity relationships that carry an articleId.
// Params: $ids [String], $direction 'OUT'|'IN'|'BOTH', $predicate String|null, $after String|null
//   (sort key of the last relation seen), $limit Int (first + 1)
// Columns: id (entity id), totalCount, relations [{key, subjectId, predicate, objectId, negated, modality,
//   facts [{articleId, sentenceIndex, evidence, start, end, confidence, date}]}] (at most $limit, by key)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// The relations' keys first (no fact is read for a relation off the page: a hub has thousands), then
// the facts of the page's relations only.
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.articleId IS NOT NULL
    AND ($predicate IS NULL OR type(r) = $predicate)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH DISTINCT startNode(r) AS s, type(r) AS predicate, endNode(r) AS o, coalesce(r.negated, false) AS negated,
       r.modality AS modality
  WITH s, predicate, o, negated, modality,
       predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
         + coalesce(modality, '') AS key
  ORDER BY key
  WITH collect({key: key, s: s, predicate: predicate, o: o, negated: negated, modality: modality}) AS keyed
  RETURN size(keyed) AS totalCount,
         [k IN keyed WHERE $after IS NULL OR k.key > $after][..$limit] AS picked
}
CALL (picked) {
  UNWIND picked AS k
  CALL (k) {
    WITH k.s AS s, k.o AS o
    MATCH (s)-[f]->(o)
    WHERE type(f) = k.predicate AND f.articleId IS NOT NULL AND coalesce(f.negated, false) = k.negated
      AND coalesce(f.modality, '') = coalesce(k.modality, '')
    RETURN collect(f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}) AS facts
  }
  WITH k, facts
  ORDER BY k.key
  RETURN collect({key: k.key, subjectId: k.s.id, predicate: k.predicate, objectId: k.o.id, negated: k.negated,
                  modality: k.modality, facts: facts}) AS page
}
RETURN e.id AS id, totalCount, page AS relations
