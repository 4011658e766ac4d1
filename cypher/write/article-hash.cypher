// The stored content hash of an article, to skip the extraction of an unchanged text.
// Params: $id (string).
// Columns: contentHash (string; no row when the article is not stored).
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
