// After a merge (merge-entities.cypher): the articles with more than one MENTIONS to one entity.
// Params: $entityIds (list of strings).
// Columns: articleId, entityId, mentions (list of the MENTIONS' property maps).
UNWIND $entityIds AS entityId
MATCH (a:Article)-[m:MENTIONS]->(e:Entity {id: entityId})
WITH a, e, collect(properties(m)) AS mentions
  WHERE size(mentions) > 1
RETURN a.id AS articleId, e.id AS entityId, mentions
