// Takes the write lock of one existing article (before deleting it), so a concurrent ingest of the same
// article finishes first and what follows reads its committed state.
// Params: $id (string).
// Columns: id (string; no row when the article is not stored).
MATCH (a:Article {id: $id})
SET a._lock = true
REMOVE a._lock
RETURN a.id AS id
