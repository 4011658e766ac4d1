// Baseline of bench/ingest.ts only: the same fact rows as create-facts.cypher.
// Params: $facts (list of {subjectId, objectId, predicate, properties}). Columns: created (integer).
UNWIND $facts AS row
MATCH (s:Entity {id: row.subjectId})
MATCH (o:Entity {id: row.objectId})
CREATE (s)-[r:$(row.predicate)]->(o)
SET r = row.properties
RETURN count(r) AS created
