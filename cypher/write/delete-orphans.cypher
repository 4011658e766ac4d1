// Deletes the entities (and their keys) that no article mentions any more. Each entity is locked before
// it is checked, so an article that links to it at the same moment either commits first (and the entity
// stays) or waits until it is gone (and creates it anew).
// Params: $entityIds (list of strings).
// Columns: removed (integer).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
SET e._lock = true
REMOVE e._lock
WITH e
  WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
OPTIONAL MATCH (k:EntityKey {entityId: e.id})
WITH e, collect(k) AS keys
FOREACH (key IN keys | DELETE key)
DETACH DELETE e
RETURN count(*) AS removed
