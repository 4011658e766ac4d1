// Keeps one (:PredicateCount {predicate, relations}) per predicate in use: how many relations (facts
// grouped by subject, predicate, object, negated and modality, as Query.relations counts them) it has, so
// that Query.predicates reads a few small nodes instead of scanning every relationship. Run at the end of
// every write transaction that created, removed or moved facts, for the predicates it touched: the count
// node is locked first, so a concurrent transaction counts after this one commits and sees its facts. A
// predicate left without relations loses its node. The predicate travels as a dynamic type (Neo4j 5.26);
// it passed the vocabulary's pattern ^[A-Z][A-Z0-9_]*$ before any fact of it was written.
// Params: $predicates (list of strings, sorted so concurrent transactions lock in one order).
// Columns: predicate (string), relations (integer).
UNWIND $predicates AS predicate
MERGE (c:PredicateCount {predicate: predicate})
SET c._lock = true
REMOVE c._lock
WITH c, predicate
CALL (predicate) {
  MATCH (s:Entity)-[r:$(predicate)]->(o:Entity)
  WHERE r.articleId IS NOT NULL
  WITH DISTINCT s, o, coalesce(r.negated, false) AS negated, coalesce(r.modality, '') AS modality
  RETURN count(*) AS relations
}
SET c.relations = relations
WITH c, predicate, relations
CALL (c, relations) {
  WITH c WHERE relations = 0
  DELETE c
}
RETURN predicate, relations
