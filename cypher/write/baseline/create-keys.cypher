// Baseline of bench/ingest.ts only: the same EntityKey nodes claim-keys.cypher writes (one per new name or
// alias key), created blindly: no MERGE, no owner check.
// Params: $claims (list of {key, entityId}). Columns: created (integer).
UNWIND $claims AS row
CREATE (k:EntityKey {key: row.key, entityId: row.entityId})
RETURN count(k) AS created
