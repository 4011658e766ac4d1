// title: The articles behind a fact
// description: For each fact of one predicate, the articles and sentences that support it. Set $predicate to a relationship type such as SANCTIONS, ANNOUNCES or INVADES.
// params: {"predicate": "SANCTIONS"}
// returns: subject, predicate, object, article, sentenceIndex, evidence
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) = $predicate
MATCH (a:Article {id: r.articleId})
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, a.title AS article, r.sentenceIndex AS sentenceIndex,
       r.evidence AS evidence
ORDER BY subject, object, article, sentenceIndex
LIMIT 200
