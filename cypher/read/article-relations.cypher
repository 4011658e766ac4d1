// The relations each of several articles supports (Article.relations): every relation with at least one
// fact read from the article, with all its facts (from any article), as in entity-relations.
// The article's facts are found from the entities it mentions (every fact's subject is one of them:
// create-mentions.cypher), never by scanning relationships for its articleId.
// Params: $ids [String], $after String|null (sort key of the last relation seen), $limit Int (first + 1)
// Columns: id (article id), totalCount, relations [relation as in entity-relations] (at most $limit, by key)
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE r.articleId = a.id
  WITH DISTINCT s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, r.modality AS modality
  MATCH (s)-[f]->(o)
  WHERE f.articleId IS NOT NULL AND type(f) = predicate AND coalesce(f.negated, false) = negated
    AND coalesce(f.modality, '') = coalesce(modality, '')
  WITH s, predicate, o, negated, modality, collect(DISTINCT f) AS facts
  WITH predicate + '\u0001' + s.id + '\u0001' + o.id + '\u0001' + toString(negated) + '\u0001'
         + coalesce(modality, '') AS key, s, predicate, o, negated, modality, facts
  ORDER BY key
  WITH collect({key: key, subjectId: s.id, predicate: predicate, objectId: o.id, negated: negated,
                modality: modality,
                facts: [f IN facts | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]})
       AS relations
  RETURN size(relations) AS totalCount,
         [relation IN relations WHERE $after IS NULL OR relation.key > $after][..$limit] AS page
}
RETURN a.id AS id, totalCount, page AS relations
