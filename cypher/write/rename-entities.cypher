// Gives entities the id their settled name makes (entityIdFor), so an entity's id does not depend on
// which article named it first: "Blinken" becomes person:antony-blinken once the articles name him in
// full. Its keys and the facts that name it as their source follow (attributedTo: only the facts of the
// articles whose MENTIONS of it say `speaker` are visited; a MENTIONS written before that flag existed
// counts as one, so older graphs stay right). An id another entity holds is left alone. The entities are
// locked by settle-entities.cypher already.
// Params: $renames (list of {from, to}).
// Columns: from (string): one row per entity renamed.
UNWIND $renames AS row
MATCH (e:Entity {id: row.from})
  WHERE NOT EXISTS { MATCH (:Entity {id: row.to}) }
SET e.id = row.to
WITH e, row
CALL (row) {
  MATCH (k:EntityKey {entityId: row.from})
  SET k.entityId = row.to
}
CALL (e, row) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
    WHERE m.speaker IS NULL OR m.speaker
  MATCH (a)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
    WHERE r.articleId = a.id AND r.attributedTo = row.from
  SET r.attributedTo = row.to
}
RETURN row.from AS from
