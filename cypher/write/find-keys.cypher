// Step 2 of an ingest transaction: which entity owns each name and alias key the batch needs. Reading
// takes no lock: a key, once owned, keeps its owner until the entity is deleted, and claim-keys.cypher
// finds out when another transaction claimed a new key first (the writer then starts again).
// Params: $keys (list of strings).
// Columns: key (string), entityId, name, type, aliases (list), attributes (list of [name, value] pairs):
// the owner's; no row for a key nobody owns.
UNWIND $keys AS key
MATCH (k:EntityKey {key: key})
MATCH (e:Entity {id: k.entityId})
RETURN k.key AS key, e.id AS entityId, e.name AS name, e.type AS type, e.aliases AS aliases,
  [attribute IN coalesce(e.attributeKeys, []) | [attribute, e[attribute]]] AS attributes
