// One page of articles (Query.articles), newest first: keyset on publishedAt then id, descending.
// Params: $after String|null (sort key of the last article seen), $limit Int (first + 1)
// Columns: id, key
MATCH (a:Article)
WITH a, coalesce(a.publishedAt, '') + '\u0001' + a.id AS key
WHERE $after IS NULL OR key < $after
RETURN a.id AS id, key
ORDER BY key DESC
LIMIT $limit
