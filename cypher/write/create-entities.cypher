// Creates the entities resolution found no match for, labelled Entity and their type's label.
// Params: $entities (list of {id, label, type, name, aliases, attributes (map), attributeKeys}); label
// comes from the vocabulary (labelOf) and travels as a parameter.
// Columns: created (integer).
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET
  e.name = row.name,
  e.type = row.type,
  e.aliases = row.aliases,
  e.attributeKeys = row.attributeKeys,
  e += row.attributes
SET e:$(row.label)
RETURN count(e) AS created
