// The entities written before entity-stats.cypher existed (no mentionCount yet), or before it kept
// searchKey: applySchema gives them their figures once, at the first start of an upgraded graph. A label
// scan, at start only.
// Params: $limit Int (a batch).
// Columns: id (string), one row per entity.
MATCH (e:Entity)
WHERE e.mentionCount IS NULL OR e.searchKey IS NULL
RETURN e.id AS id
LIMIT $limit
