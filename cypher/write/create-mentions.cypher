// Links each article to every entity it mentions. spans: "start-end" character offsets (UTF-16, end
// exclusive) into the article text, in text order; count: how many. Every entity an article's facts
// use has a MENTIONS from it (count 0 when only a fact names it), which is what retraction relies on.
// forms: the names and aliases the article brought for the entity, names: its names, attributes: what it
// says of the entity (a JSON object); settle-entities.cypher reads them to derive the entity's own.
// speaker: whether the article's facts name the entity as their source (attributedTo); renames and merges
// rewrite attributedTo only on the facts of such articles.
// Params: $mentions (list of {articleId, entityId, count, spans, forms, names, attributes, speaker}).
// Columns: created (integer).
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[m:MENTIONS {count: row.count, spans: row.spans, forms: row.forms, names: row.names, attributes: row.attributes, speaker: row.speaker}]->(e)
RETURN count(m) AS created
