// Stores the properties of replaced articles (null removes one, e.g. a url the new version lacks).
// Params: $articles (list of {id, properties: {title, source, url, publishedAt, ingestedAt,
// contentHash, text, listKey}}; listKey follows a changed publishedAt).
// Columns: updated (integer).
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
SET a += row.properties
RETURN count(a) AS updated
