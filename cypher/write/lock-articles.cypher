// Step 1 of an ingest transaction: find or create each Article and take its write lock, so two ingests
// of the same article run one after the other. A new article gets its properties here; the stored content
// hash of an existing one is returned (_new and _lock live only inside this transaction).
// Params: $articles (list of {id, properties: {title, source, url, publishedAt, ingestedAt, contentHash,
// text}}, sorted by id so concurrent batches lock in the same order).
// Columns: id (string), previousHash (string, or null for an article this statement created).
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.properties, a._new = true
ON MATCH SET a._lock = true
WITH a, row, coalesce(a._new, false) AS created
REMOVE a._lock, a._new
RETURN row.id AS id, CASE WHEN created THEN null ELSE a.contentHash END AS previousHash
