// Stores on each written article the predicates of the facts read from it, one entry per fact (sorted):
// Query.timeline counts facts per day from the articles in a date range (the article_published_at
// index) instead of scanning every relationship. A replaced article gets its new list. factsDated: its
// facts carry its publication day (create-facts.cypher; backfill-article-facts.cypher for older graphs).
// Params: $articles (list of {id, predicates (list of strings)}).
// Columns: updated (integer).
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
SET a.factPredicates = row.predicates, a.factsDated = true
RETURN count(a) AS updated
