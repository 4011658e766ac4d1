// Articles by id (the DataLoader batch behind every Article the API returns).
// Params: $ids [String]
// Columns: article {id, title, source, url, publishedAt, ingestedAt, text}; unknown ids give no row
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .source, .url, .publishedAt, ingestedAt: toString(a.ingestedAt), .text} AS article
