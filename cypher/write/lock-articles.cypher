// Step 1 of an ingest transaction: find or create each Article and take its write lock, so two ingests
// of the same article run one after the other; returns the stored content hash (null: a new article).
// Params: $articles (list of {id}, sorted by id so concurrent batches lock in the same order).
// Columns: id (string), previousHash (string or null).
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON MATCH SET a._lock = true
REMOVE a._lock
RETURN row.id AS id, a.contentHash AS previousHash
