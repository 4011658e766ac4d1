// Baseline of bench/ingest.ts only: appends aliases to existing entities, no lock, no de-duplication.
// Params: $entities (list of {id, rename, aliases, attributes}). Columns: updated (integer).
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.name = coalesce(row.rename, e.name), e.aliases = coalesce(e.aliases, []) + row.aliases, e += row.attributes
RETURN count(e) AS updated
