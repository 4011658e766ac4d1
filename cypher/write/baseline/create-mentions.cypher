// Baseline of bench/ingest.ts only: the same MENTIONS rows as create-mentions.cypher.
// Params: $mentions (list of {articleId, entityId, count, spans, forms}). Columns: created (integer).
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[m:MENTIONS {count: row.count, spans: row.spans, forms: row.forms}]->(e)
RETURN count(m) AS created
