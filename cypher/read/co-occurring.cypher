// Query.coOccurring: the entities mentioned in the same articles as one entity, with how many articles
// they share; most first, ties by name (lower-cased) then id. Starts from the entity (unique index) and
// reads its articles' MENTIONS only.
// Params: $entityId String, $types [String]|null (only entities of these types), $limit Int (1..100)
// Columns: id, articleCount
MATCH (e:Entity {id: $entityId})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e AND ($types IS NULL OR other.type IN $types)
WITH other, count(DISTINCT a) AS articleCount
RETURN other.id AS id, articleCount
ORDER BY articleCount DESC, coalesce(other.nameKey, toLower(other.name)), other.id
LIMIT $limit
