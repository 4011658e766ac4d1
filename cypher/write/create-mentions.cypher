// Links each article to every entity it mentions. spans: "start-end" character offsets (UTF-16, end
// exclusive) into the article text, in text order; count: how many. Every entity an article's facts
// use has a MENTIONS from it (count 0 when only a fact names it), which is what retraction relies on.
// Params: $mentions (list of {articleId, entityId, count, spans}).
// Columns: created (integer).
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[m:MENTIONS {count: row.count, spans: row.spans}]->(e)
RETURN count(m) AS created
