// Links each article to every entity it mentions. spans: "start-end" character offsets (UTF-16, end
// exclusive) into the article text, in text order; count: how many. Every entity an article's facts
// use has a MENTIONS from it (count 0 when only a fact names it), which is what retraction relies on.
// forms: the names and aliases the article brought for the entity (prune-aliases.cypher reads them).
// Params: $mentions (list of {articleId, entityId, count, spans, forms}).
// Columns: created (integer).
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[m:MENTIONS {count: row.count, spans: row.spans, forms: row.forms}]->(e)
RETURN count(m) AS created
