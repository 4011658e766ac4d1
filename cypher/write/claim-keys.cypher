// Points each new key at the entity that now owns it. The key's uniqueness constraint makes a concurrent
// transaction that claims the same key wait until this one commits; it then finds the key owned by
// another entity and gets it back as a conflict (the writer rolls back and starts again, and the second
// time it finds the owner). The same entity claiming the same key is no conflict; a key left pointing at
// no entity is taken over.
// Params: $claims (list of {key, entityId}, sorted by key).
// Columns: key (string), owner (string): one row per conflict.
UNWIND $claims AS row
MERGE (k:EntityKey {key: row.key})
ON CREATE SET k.entityId = row.entityId
WITH k, row
  WHERE k.entityId <> row.entityId
OPTIONAL MATCH (owner:Entity {id: k.entityId})
FOREACH (_ IN CASE WHEN owner IS NULL THEN [1] ELSE [] END | SET k.entityId = row.entityId)
WITH k, row, owner
  WHERE owner IS NOT NULL
RETURN row.key AS key, owner.id AS owner
