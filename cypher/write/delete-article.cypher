// Deletes an Article node once retract-articles.cypher has removed its facts and MENTIONS.
// Params: $id (string).
// Columns: deleted (integer: 1, or 0 when there was no such article).
OPTIONAL MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(a) AS deleted
