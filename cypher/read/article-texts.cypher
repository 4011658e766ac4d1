// The texts of articles, by id: Article.text for the articles a page of evidence read without theirs
// (entities-with-relations.cypher, entities-page-with-relations.cypher), only when a request asks for it.
// Params: $ids [String]
// Columns: id, text; unknown ids give no row
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
