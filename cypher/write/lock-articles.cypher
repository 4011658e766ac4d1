// Step 1 of an ingest transaction: find or create each Article and take its write lock, so two ingests
// of the same article run one after the other. A new article gets its properties here; the stored content
// hash of an existing one is returned (setting _found takes its lock; it lives only inside this
// transaction).
// Params: $articles (list of {id, properties: {title, source, url, publishedAt, ingestedAt, contentHash,
// text, listKey}}, sorted by id so concurrent batches lock in the same order).
// Columns: id (string), previousHash (string, or null for an article this statement created).
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.properties
ON MATCH SET a._found = true
WITH a, row, a._found IS NOT NULL AS found
FOREACH (_ IN CASE WHEN found THEN [1] ELSE [] END | REMOVE a._found)
RETURN row.id AS id, CASE WHEN found THEN a.contentHash END AS previousHash
