// Query.timeline for one entity: the facts it takes part in (as subject or object), optionally of one
// predicate, counted per day or week of their article's publishedAt (articles without a date are left
// out). Starts from the entity (unique index) and reads only its relationships.
// Params: $entityId String, $predicate String|null, $bucket 'DAY'|'WEEK', $from String, $to String
//   (YYYY-MM-DD, inclusive; the API passes the widest range when the client gives none), $limit Int
//   (at most this many buckets, oldest first)
// Columns: start (YYYY-MM-DD, the bucket's first day; weeks start on Monday), count
MATCH (e:Entity {id: $entityId})-[r]-(:Entity)
WHERE r.articleId IS NOT NULL AND ($predicate IS NULL OR type(r) = $predicate)
WITH DISTINCT r
MATCH (a:Article {id: r.articleId})
WHERE a.publishedAt >= $from AND a.publishedAt <= $to
WITH CASE $bucket WHEN 'WEEK' THEN toString(date.truncate('week', date(a.publishedAt)))
                  ELSE a.publishedAt END AS start
RETURN start, count(*) AS count
ORDER BY start
LIMIT $limit
