// Waits until every index is online (a new full-text index populates in the background).
// Params: $seconds (integer, how long to wait at most). Columns: none.
CALL db.awaitIndexes($seconds)
