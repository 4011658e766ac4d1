// Query.timeline for one entity: the facts it takes part in (as subject or object), optionally of one
// predicate, counted per day or week of their article's publishedAt (articles without a date are left
// out). Starts from the entity (unique index) and reads only its relationships: each fact carries its
// article's publication day (create-facts.cypher), so no article is read. Counted per day first, so a
// week's start is computed once per day, not once per fact.
// Params: $entityId String, $predicate String|null, $bucket 'DAY'|'WEEK', $from String, $to String
//   (YYYY-MM-DD, inclusive; the API passes the widest range when the client gives none), $limit Int
//   (at most this many buckets, oldest first)
// Columns: start (YYYY-MM-DD, the bucket's first day; weeks start on Monday), count
MATCH (:Entity {id: $entityId})-[r]-(:Entity)
WHERE r.publishedAt >= $from AND r.publishedAt <= $to AND r.articleId IS NOT NULL
  AND ($predicate IS NULL OR type(r) = $predicate)
WITH r.publishedAt AS day, count(DISTINCT r) AS count
WITH CASE $bucket WHEN 'WEEK' THEN toString(date.truncate('week', date(day))) ELSE day END AS start, count
RETURN start, sum(count) AS count
ORDER BY start
LIMIT $limit
