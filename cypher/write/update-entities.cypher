// Adds a new article's names, aliases and attributes to the entities it resolved to. The entity is
// locked before its lists are read, so concurrent articles that add aliases to one entity lose none.
// Params: $entities (list of {id, rename (string or null), aliases (list), attributes (map)}).
// Columns: updated (integer).
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e._lock = true
REMOVE e._lock
WITH e, row, coalesce(row.rename, e.name) AS name
WITH e, row, name, coalesce(e.aliases, []) + [e.name] + row.aliases AS forms
SET
  e.name = name,
  e.aliases = reduce(kept = [], form IN forms | CASE WHEN form = name OR form IN kept THEN kept ELSE kept + form END),
  e += row.attributes,
  e.attributeKeys = reduce(kept = coalesce(e.attributeKeys, []), key IN keys(row.attributes) | CASE WHEN key IN kept THEN kept ELSE kept + key END)
RETURN count(e) AS updated
