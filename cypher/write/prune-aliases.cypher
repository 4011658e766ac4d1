// After a retraction (an article deleted or replaced): each surviving entity the article mentioned keeps
// only the aliases that a remaining article brought (MENTIONS.forms). The entity is locked before its
// lists are read. An entity with a MENTIONS that records no forms (written by an older version) keeps
// all its aliases.
// Params: $entityIds (list of strings; deleted ones are skipped).
// Columns: entityId, type, name, aliases (what is left), dropped (the aliases removed): one row per entity
// that lost aliases.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
SET e._lock = true
REMOVE e._lock
WITH e, [(:Article)-[m:MENTIONS]->(e) | m.forms] AS formLists
  WHERE size(formLists) > 0 AND none(forms IN formLists WHERE forms IS NULL)
WITH e, reduce(kept = [], forms IN formLists | kept + forms) AS kept
WITH e, kept, [alias IN coalesce(e.aliases, []) WHERE NOT alias IN kept] AS dropped
  WHERE size(dropped) > 0
SET e.aliases = [alias IN e.aliases WHERE alias IN kept]
RETURN e.id AS entityId, e.type AS type, e.name AS name, e.aliases AS aliases, dropped
