// Baseline of bench/ingest.ts only: the least a writer of the same rows must do, to compare the real
// write path with. Creates articles, no lock, no hash check.
// Params: $articles (list of {id, properties}). Columns: created (integer).
UNWIND $articles AS row
CREATE (a:Article {id: row.id})
SET a += row.properties
RETURN count(a) AS created
