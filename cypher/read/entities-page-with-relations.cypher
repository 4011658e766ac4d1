// One page of entities (Query.entities), each with one page of its relations and, when asked, the entities
// at their ends and the articles of their evidence: what
// `entities { edges { node { … relations { … object { name } } } } }` needs, in one statement instead of
// four (src/api/entity/entity-prefetch.ts primes the request's DataLoaders with it).
// This file is the statement's second half: src/graph/read/entity-page.ts (entityPageWithRelationsStatement)
// puts the order's index-backed page statement (entities-by-*.cypher, every filter and order) in a
// `CALL () { … }` before it and the page's ORDER BY after it, so the page reads no more than that
// statement alone; the rest is entities-with-relations.cypher, run for the page's rows only. Not a
// statement on its own: test/integration/graph/read-plans.int.test.ts plans it composed, for every order.
// Params: as entities-by-* ($low, $high, $types, $namePrefix, $nameContains, $articleId, $minMentions,
//   $maxMentions, $after, $limit), and for the relations as entities-with-relations ($direction,
//   $predicate, $relationsAfter, $relationsLimit, $endpoints, $articles, $mentionCounts,
//   $endpointMentionCounts, $facts)
// Columns: entity, totalCount, relations, endpoints, articles (as entities-with-relations), then id,
//   value, nameKey (as entities-by-*)
WITH id AS pageId, value AS pageValue, nameKey AS pageNameKey
MATCH (e:Entity {id: pageId})
// The relations' keys first (no fact is read for a relation off the page: a hub has thousands), then
// the facts of the page's relations only, and only when asked ($facts).
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.articleId IS NOT NULL
    AND ($predicate IS NULL OR type(r) = $predicate)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = e))
  WITH DISTINCT startNode(r) AS s, type(r) AS predicate, endNode(r) AS o, coalesce(r.negated, false) AS negated,
       r.modality AS modality
  WITH s, predicate, o, negated, modality,
       predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
         + coalesce(modality, '') AS key
  ORDER BY key
  WITH collect({key: key, s: s, predicate: predicate, o: o, negated: negated, modality: modality}) AS keyed
  RETURN size(keyed) AS totalCount,
         [k IN keyed WHERE $relationsAfter IS NULL OR k.key > $relationsAfter][..$relationsLimit] AS picked
}
CALL (picked) {
  UNWIND picked AS k
  CALL (k) {
    WITH k.s AS s, k.o AS o
    WHERE $facts
    MATCH (s)-[f]->(o)
    WHERE type(f) = k.predicate AND f.articleId IS NOT NULL AND coalesce(f.negated, false) = k.negated
      AND coalesce(f.modality, '') = coalesce(k.modality, '')
    RETURN collect(f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}) AS facts
  }
  WITH k, facts
  ORDER BY k.key
  RETURN collect({key: k.key, subjectId: k.s.id, predicate: k.predicate, objectId: k.o.id, negated: k.negated,
                  modality: k.modality, facts: facts}) AS page
}
RETURN e {
  .id, .name, .type, .firstSeen, .lastSeen,
  aliases: coalesce(e.aliases, []),
  attributes: [key IN coalesce(e.attributeKeys, []) | [key, e[key]]],
  mentionCount: CASE WHEN $mentionCounts
    THEN coalesce(e.mentionCount, reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(e) | coalesce(m.count, 1)] | total + n)) END
} AS entity,
totalCount,
page AS relations,
COLLECT {
  UNWIND CASE WHEN $endpoints THEN [relation IN page | relation.subjectId] + [relation IN page | relation.objectId]
              ELSE [] END AS endId
  WITH DISTINCT endId
  MATCH (x:Entity {id: endId})
  RETURN x {
    .id, .name, .type, .firstSeen, .lastSeen,
    aliases: coalesce(x.aliases, []),
    attributes: [key IN coalesce(x.attributeKeys, []) | [key, x[key]]],
    mentionCount: CASE WHEN $endpointMentionCounts
      THEN coalesce(x.mentionCount, reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(x) | coalesce(m.count, 1)] | total + n)) END
  }
} AS endpoints,
COLLECT {
  UNWIND CASE WHEN $articles THEN [relation IN page | [f IN relation.facts | f.articleId]] ELSE [] END AS articleIds
  UNWIND articleIds AS articleId
  WITH DISTINCT articleId
  MATCH (a:Article {id: articleId})
  RETURN a {.id, .title, .source, .url, .publishedAt, ingestedAt: toString(a.ingestedAt)}
} AS articles,
e.id AS id,
pageValue AS value,
pageNameKey AS nameKey
