// Entities by id (the DataLoader batch behind every Entity the API returns).
// Params: $ids [String]
// Columns: entity {id, name, type, aliases, attributes: [[key, value]], mentionCount, firstSeen, lastSeen};
//   unknown ids give no row
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {
  .id, .name, .type, .firstSeen, .lastSeen,
  aliases: coalesce(e.aliases, []),
  attributes: [key IN coalesce(e.attributeKeys, []) | [key, e[key]]],
  mentionCount: coalesce(e.mentionCount, reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(e) | coalesce(m.count, 1)] | total + n))
} AS entity
