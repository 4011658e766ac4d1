// Replaces an article's MENTIONS of one entity by one that pools them (find-duplicate-mentions.cypher).
// Params: $mentions (list of {articleId, entityId, count, spans, forms, names, attributes, speaker}).
// Columns: merged (integer).
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})-[m:MENTIONS]->(e:Entity {id: row.entityId})
WITH row, a, e, collect(m) AS old
FOREACH (m IN old | DELETE m)
CREATE (a)-[:MENTIONS {count: row.count, spans: row.spans, forms: row.forms, names: row.names, attributes: row.attributes, speaker: row.speaker}]->(e)
RETURN count(*) AS merged
