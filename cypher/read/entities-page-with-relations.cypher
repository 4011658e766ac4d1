// One page of entities (Query.entities without where.articleId), each with one page of its relations and,
// when asked, the entities at their ends and the articles of their evidence: what
// `entities { edges { node { … relations { … object { name } } } } }` needs, in one statement instead of
// four. The page is entities-page-unanchored.cypher (and scans as it does: see
// test/integration/graph/read-plans.int.test.ts); the rest is entities-with-relations.cypher, run for the
// page's rows only (src/api/entity/entity-prefetch.ts primes the request's DataLoaders with it).
// Params: as entities-page-unanchored ($type, $nameContains, $order, $after, $limit), and for the
//   relations as entities-with-relations ($direction, $predicate, $relationsAfter, $relationsLimit,
//   $endpoints, $articles, $mentionCounts, $endpointMentionCounts)
// Columns: id, key (as entities-page-unanchored), then entity, totalCount, relations, endpoints,
//   articles (as entities-with-relations); by key
CALL () {
  MATCH (e:Entity)
  WHERE ($type IS NULL OR e.type = $type)
    AND ($nameContains IS NULL
         OR toLower(e.name) CONTAINS toLower($nameContains)
         OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  WITH e, toLower(e.name) + '\u0001' + e.id AS nameKey
  WITH e, CASE $order
    WHEN 'MENTION_COUNT_DESC' THEN
      right('000000000' + toString(999999999 -
        reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(e) | coalesce(m.count, 1)] | total + n)), 9)
        + '\u0001' + nameKey
    ELSE nameKey
  END AS key
  WHERE $after IS NULL OR key > $after
  RETURN e, key AS pageKey
  ORDER BY pageKey
  LIMIT $limit
}
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.articleId IS NOT NULL
    AND ($predicate IS NULL OR type(r) = $predicate)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH startNode(r) AS s, type(r) AS predicate, endNode(r) AS o, coalesce(r.negated, false) AS negated,
       r.modality AS modality, collect(DISTINCT r) AS facts
  WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
         + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts
  ORDER BY key
  WITH collect({key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated,
                modality: modality,
                facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]})
       AS relations
  RETURN size(relations) AS totalCount,
         [relation IN relations WHERE $relationsAfter IS NULL OR relation.key > $relationsAfter][..$relationsLimit] AS page
}
RETURN e {
  .id, .name, .type,
  aliases: coalesce(e.aliases, []),
  attributes: [key IN coalesce(e.attributeKeys, []) | [key, e[key]]],
  mentionCount: CASE WHEN $mentionCounts
    THEN reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(e) | coalesce(m.count, 1)] | total + n) END
} AS entity,
totalCount,
page AS relations,
COLLECT {
  UNWIND CASE WHEN $endpoints THEN [relation IN page | relation.subjectId] + [relation IN page | relation.objectId]
              ELSE [] END AS endId
  WITH DISTINCT endId
  MATCH (x:Entity {id: endId})
  RETURN x {
    .id, .name, .type,
    aliases: coalesce(x.aliases, []),
    attributes: [key IN coalesce(x.attributeKeys, []) | [key, x[key]]],
    mentionCount: CASE WHEN $endpointMentionCounts
      THEN reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(x) | coalesce(m.count, 1)] | total + n) END
  }
} AS endpoints,
COLLECT {
  UNWIND CASE WHEN $articles THEN [relation IN page | [f IN relation.facts | f.articleId]] ELSE [] END AS articleIds
  UNWIND articleIds AS articleId
  WITH DISTINCT articleId
  MATCH (a:Article {id: articleId})
  RETURN a {.id, .title, .source, .url, .publishedAt, ingestedAt: toString(a.ingestedAt), .text}
} AS articles,
e.id AS id,
pageKey AS key
ORDER BY key
