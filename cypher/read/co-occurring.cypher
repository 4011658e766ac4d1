// Query.coOccurring: the entities mentioned in the same articles as one entity, with how many articles
// they share; most first, ties by name (lower-cased: nameKey, which write/entity-stats.cypher keeps and
// applySchema backfills) then id. Starts from the entity (unique index) and
// reads its articles' MENTIONS only. Each row brings its entity whole (as entities-by-id), read after the
// LIMIT for the page's rows only, so the answer needs no second statement.
// Params: $entityId String, $types [String]|null (only entities of these types), $limit Int (1..100)
// Columns: id, articleCount, entity (as entities-by-id)
MATCH (e:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e AND ($types IS NULL OR other.type IN $types)
WITH other, count(DISTINCT a) AS articleCount
// Only the candidates that can be on the page read their name: sorted by count alone (no property read),
// those with at least the count of the $limit-th are kept, ties included; they are then ordered in full.
// A hub's thousands of neighbours are never all read for a tie-break (on bench:api's graph, through the
// driver at 16 connections: 0.75 times the database CPU of ordering every candidate by count, name, id).
ORDER BY articleCount DESC
WITH collect({other: other, articleCount: articleCount}) AS ranked
WITH ranked, coalesce(ranked[$limit - 1].articleCount, 0) AS threshold
UNWIND ranked AS row
WITH row.other AS other, row.articleCount AS articleCount
WHERE articleCount >= threshold
WITH other, articleCount, other.nameKey AS nameKey, other.id AS id
ORDER BY articleCount DESC, nameKey, id
LIMIT $limit
RETURN id, articleCount, other {
  .id, .name, .type, .firstSeen, .lastSeen,
  aliases: coalesce(other.aliases, []),
  attributes: [key IN coalesce(other.attributeKeys, []) | [key, other[key]]],
  mentionCount: coalesce(other.mentionCount,
    reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(other) | coalesce(m.count, 1)] | total + n))
} AS entity
ORDER BY articleCount DESC, nameKey, id
