// Step 2 of an ingest transaction: find or create the EntityKey of every name and alias the batch needs
// and take its write lock, then read which entity owns it. Holding the locks until commit, the
// transaction is the only one deciding about these keys: no other ingest can claim them meanwhile.
// Params: $keys (list of strings, sorted so concurrent ingests lock in the same order).
// Columns: key (string), entityId, name, type (the owner's, or null for a key nobody owns yet).
UNWIND $keys AS key
MERGE (k:EntityKey {key: key})
ON MATCH SET k._lock = true
REMOVE k._lock
WITH k
OPTIONAL MATCH (e:Entity {id: k.entityId})
RETURN k.key AS key, e.id AS entityId, e.name AS name, e.type AS type
