// Query.timeline without an entity: the facts read from the articles published in the range, all of them
// or those of one predicate, per day or week of publishedAt. A seek of the article_published_at index;
// each article carries its facts' predicates (write/article-facts.cypher), so no relationship is read.
// Params: $predicate String|null, $bucket 'DAY'|'WEEK', $from String, $to String (YYYY-MM-DD, inclusive),
//   $limit Int (at most this many buckets, oldest first)
// Columns: start (YYYY-MM-DD, the bucket's first day; weeks start on Monday), count (buckets without a
//   fact are left out)
MATCH (a:Article)
WHERE a.publishedAt >= $from AND a.publishedAt <= $to
WITH a, size([p IN coalesce(a.factPredicates, []) WHERE $predicate IS NULL OR p = $predicate]) AS facts
WHERE facts > 0
WITH CASE $bucket WHEN 'WEEK' THEN toString(date.truncate('week', date(a.publishedAt)))
                  ELSE a.publishedAt END AS start, facts
RETURN start, sum(facts) AS count
ORDER BY start
LIMIT $limit
