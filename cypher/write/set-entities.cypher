// Stores the name, aliases and attributes settle-entities.cypher's rows were combined into (the entity
// is still locked by this transaction). properties holds every attribute, and null for each stored one
// that no article gives any more.
// Params: $entities (list of {id, name, aliases, properties (map), attributeKeys}).
// Columns: updated (integer).
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.attributeKeys = row.attributeKeys, e += row.properties
RETURN count(e) AS updated
