// Deletes the name keys of aliases an entity lost (prune-aliases.cypher), so later articles no longer
// resolve to it through them. A key another entity owns is left alone.
// Params: $keys (list of {key, entityId}).
// Columns: removed (integer).
UNWIND $keys AS row
MATCH (k:EntityKey {key: row.key})
  WHERE k.entityId = row.entityId
DELETE k
RETURN count(*) AS removed
