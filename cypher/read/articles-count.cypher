// How many articles there are (Query.articles' totalCount).
// Params: none
// Columns: count
MATCH (a:Article)
RETURN count(a) AS count
