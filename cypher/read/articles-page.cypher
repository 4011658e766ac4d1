// One page of articles (Query.articles), newest first: keyset on publishedAt then id, descending, with the
// undated last. The key is the article's listKey (publishedAt or '', U+0001, id), kept at write time and
// indexed (article_list_key): a seek below the cursor read in descending index order, stopped at the page.
// Params: $after String|null (sort key of the last article seen), $limit Int (first + 1)
// Columns: id, key
MATCH (a:Article)
WHERE a.listKey < coalesce($after, '\uffff')
RETURN a.id AS id, a.listKey AS key
ORDER BY a.listKey DESC
LIMIT $limit
