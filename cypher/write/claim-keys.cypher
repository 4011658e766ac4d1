// Points the keys nobody owned (locked and created by lock-keys.cypher) at the entity that now owns them.
// Params: $claims (list of {key, entityId}).
// Columns: claimed (integer).
UNWIND $claims AS row
MATCH (k:EntityKey {key: row.key})
SET k.entityId = row.entityId
RETURN count(k) AS claimed
