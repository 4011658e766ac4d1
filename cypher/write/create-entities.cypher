// Creates the entities resolution found no match for, labelled Entity and their type's label. A value
// (date, money, quantity) already there, or an entity a concurrent transaction created first, is found by
// its id instead and given the forms it lacks (locked first; aliases only grow, so a form seen before the
// lock is still there after it).
// Params: $entities (list of {id, label, type, name, aliases, attributes (map), attributeKeys}); label
// comes from the vocabulary (labelOf) and travels as a parameter.
// Columns: matched (list of the ids that were there already; one row). _found lives only inside this
// transaction, and only on the entities that were there (a created entity is written once).
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET
  e:$(row.label),
  e.name = row.name,
  e.type = row.type,
  e.aliases = row.aliases,
  e.attributeKeys = row.attributeKeys,
  e += row.attributes
ON MATCH SET e._found = true
WITH e, row, e._found IS NOT NULL AS found
FOREACH (_ IN CASE WHEN found THEN [1] ELSE [] END | REMOVE e._found)
FOREACH (_ IN CASE WHEN found AND any(form IN row.aliases + [row.name] WHERE form <> e.name AND NOT form IN coalesce(e.aliases, [])) THEN [1] ELSE [] END |
  SET e.aliases = reduce(kept = coalesce(e.aliases, []), form IN row.aliases + [row.name] | CASE WHEN form = e.name OR form IN kept THEN kept ELSE kept + form END))
RETURN collect(CASE WHEN found THEN e.id END) AS matched
