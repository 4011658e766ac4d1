// Merges entities that one article showed to be one (its entity's name key is owned by one, an alias key
// by another: "International Association of Athletics Federations", also "IAAF", met after an "IAAF"
// of its own). Whatever points at `from` moves to `into`: MENTIONS (an article may now have two to
// `into`: merge-mentions.cypher joins them), facts both ways with their type and properties, keys, and
// attributedTo on the facts of the articles whose MENTIONS of it say `speaker` (rename-entities.cypher);
// then `from` is deleted. Both are locked first.
// Params: $merges (list of {from, into}).
// Columns: from (string): one row per entity merged away.
UNWIND $merges AS row
MATCH (from:Entity {id: row.from})
MATCH (into:Entity {id: row.into})
SET from._lock = true, into._lock = true
REMOVE from._lock, into._lock
WITH from, into, row
CALL (from, into) {
  MATCH (a:Article)-[m:MENTIONS]->(from)
  CREATE (a)-[moved:MENTIONS]->(into)
  SET moved = properties(m)
  DELETE m
}
CALL (from, into) {
  MATCH (from)-[r]->(o:Entity)
  WITH r, CASE WHEN o = from THEN into ELSE o END AS target
  CREATE (into)-[moved:$(type(r))]->(target)
  SET moved = properties(r)
  DELETE r
}
CALL (from, into) {
  MATCH (s:Entity)-[r]->(from)
    WHERE s <> from
  CREATE (s)-[moved:$(type(r))]->(into)
  SET moved = properties(r)
  DELETE r
}
CALL (row) {
  MATCH (k:EntityKey {entityId: row.from})
  SET k.entityId = row.into
}
CALL (into, row) {
  MATCH (a:Article)-[m:MENTIONS]->(into)
    WHERE m.speaker IS NULL OR m.speaker
  MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
    WHERE r.articleId = a.id AND r.attributedTo = row.from
  SET r.attributedTo = row.into
}
DETACH DELETE from
RETURN row.from AS from
