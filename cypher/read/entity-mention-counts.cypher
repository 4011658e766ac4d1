// How many times the articles mention each of several entities (Entity.mentionCount, when the statement
// that found the entity did not compute it because the selection did not ask for it there).
// Params: $ids [String]
// Columns: id, mentionCount; unknown ids give no row
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       coalesce(e.mentionCount, reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(e) | coalesce(m.count, 1)] | total + n)) AS mentionCount
