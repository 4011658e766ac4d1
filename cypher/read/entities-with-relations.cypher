// Entities, each with one page of its relations and, when asked, the entities at both ends of those
// relations and the articles of their evidence: what `entity(id) { … relations { … subject object evidence
// { article } } }` and a page of `entities { … relations { … } }` need, in one statement instead of four
// (src/api/entity/entity-prefetch.ts primes the request's DataLoaders with it). Every part is the
// projection of the statement it replaces, so the API returns the same values: the entity as in
// entities-by-id, the page as in entity-relations, the ends as in entities-by-id, the articles as in
// articles-by-id without the text (a page of evidence would carry every article's whole text; Article.text
// reads it through article-texts.cypher when a request asks for it). Found from the ids' index; the page is
// cut before the ends and articles are read.
// mentionCount (kept by write/entity-stats.cypher; summed over MENTIONS before that) only where the selection asks for it; null
// elsewhere (Entity.mentionCount then asks entity-mention-counts.cypher, should another field want it).
// Params: $ids [String], $direction 'OUT'|'IN'|'BOTH', $predicate String|null, $after String|null
//   (sort key of the last relation seen), $limit Int (first + 1), $endpoints Boolean, $articles Boolean,
//   $mentionCounts Boolean (of the entities), $endpointMentionCounts Boolean (of the ends), $facts Boolean
//   (false: the relations come without their facts, [], when no field asks for confidence, date or evidence)
// Columns: entity, totalCount, relations (as entity-relations), endpoints [entity], articles [article, no text]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
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
         [k IN keyed WHERE $after IS NULL OR k.key > $after][..$limit] AS picked
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
} AS articles
