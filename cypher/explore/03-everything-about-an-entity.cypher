// title: Everything about one entity, with its evidence
// description: All facts that involve one entity, in both directions, with the sentence each was read from and its confidence. Set $name to any entity name or alias.
// params: {"name": "Belarus"}
// returns: subject, predicate, object, negated, modality, confidence, evidence, articleId
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (s:Entity)-[r]->(o:Entity)
WHERE (s = e OR o = e) AND type(r) <> 'MENTIONS'
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, r.negated AS negated, r.modality AS modality,
       r.confidence AS confidence, r.evidence AS evidence, r.articleId AS articleId
ORDER BY r.articleId, r.sentenceIndex
LIMIT 200
