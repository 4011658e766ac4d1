// The shortest chain of facts between two entities, in either direction, ignoring MENTIONS (only
// relationships that carry an articleId). The pattern allows 10 hops, the API's maximum; longer than
// $maxHops counts as no path (the shortest path is too long, so every path is).
// Params: $from String, $to String (entity ids, different), $maxHops Int (1..10)
// Columns: hops [{subjectId, predicate, objectId, negated, modality}] in order from $from; no row: no path
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE r.articleId IS NOT NULL)
WITH p
WHERE length(p) <= $maxHops
RETURN [r IN relationships(p) | {subjectId: startNode(r).id, predicate: type(r), objectId: endNode(r).id,
                                 negated: coalesce(r.negated, false), modality: r.modality}] AS hops
