// The relations an article states, by identity, for the relationAdded events published once its write
// committed (src/graph/article-relation-keys.ts). Starts from the article's MENTIONS (every entity its
// facts use has one), so it reads only the relationships of those entities, never the whole graph.
// Params: $id String (article id), $limit Int. Columns: subjectId, predicate, objectId, negated, modality
MATCH (:Article {id: $id})-[:MENTIONS]->(s:Entity)
MATCH (s)-[r]->(o:Entity)
WHERE r.articleId = $id
WITH DISTINCT s.id AS subjectId, type(r) AS predicate, o.id AS objectId,
     coalesce(r.negated, false) AS negated, r.modality AS modality
RETURN subjectId, predicate, objectId, negated, modality
ORDER BY predicate, subjectId, objectId
LIMIT $limit
