// The articles written before the write path kept their listing key (articleListKey in
// src/graph/write-steps.ts, the same formula) get it: publishedAt or '', U+0001, id. Run by applySchema at
// start; once every article has one, it finds none (a label scan, at start only).
// Params: $limit Int (a batch).
// Columns: updated (integer).
MATCH (a:Article)
WHERE a.listKey IS NULL
WITH a
LIMIT $limit
SET a.listKey = coalesce(a.publishedAt, '') + '\u0001' + a.id
RETURN count(a) AS updated
