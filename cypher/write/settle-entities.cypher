// Reads what every article says of each entity (its MENTIONS' names, forms and attributes), after the
// entity's write lock is taken: of two transactions touching one entity, the second reads after the
// first committed, so the last one to settle the entity sees every article (entity-state.ts combines).
// Params: $entityIds (list of strings, sorted; deleted ones are skipped).
// Columns: entityId, type, name, aliases, attributes (list of [name, value] pairs: the stored ones),
// mentions (list of {names, forms, attributes (JSON string)}; null fields on a MENTIONS written by an
// older version).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
SET e._lock = true
REMOVE e._lock
RETURN e.id AS entityId, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
  [attribute IN coalesce(e.attributeKeys, []) | [attribute, e[attribute]]] AS attributes,
  [(:Article)-[m:MENTIONS]->(e) | {names: m.names, forms: m.forms, attributes: m.attributes}] AS mentions
