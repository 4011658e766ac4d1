// Baseline of bench/ingest.ts only: creates entities with their type label, no resolution, no keys.
// Params: $entities (list of {id, label, type, name, aliases, attributes, attributeKeys}).
// Columns: created (integer).
UNWIND $entities AS row
CREATE (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.attributeKeys = row.attributeKeys,
  e += row.attributes, e:$(row.label)
RETURN count(e) AS created
