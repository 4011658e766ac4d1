// The stored content hash of an article (text, metadata and extractor version), to skip the extraction
// of an unchanged article.
// Params: $id (string).
// Columns: contentHash (string; no row when the article is not stored).
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
