// Takes the write lock of each entity an ingest linked to, then reads its settled state: settle.ts skips
// the (costly) full settle of an entity the article adds nothing to. Under the lock the stored state is
// that of every committed article, so the check cannot miss a concurrent change.
// Params: $entityIds (list of strings, sorted).
// Columns: entityId, type, name, aliases, attributes (list of [name, value] pairs).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
SET e._lock = true
REMOVE e._lock
RETURN e.id AS entityId, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
  [attribute IN coalesce(e.attributeKeys, []) | [attribute, e[attribute]]] AS attributes
