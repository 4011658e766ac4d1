// Removes the facts and MENTIONS of articles (a replaced text, or a deleted article): every fact
// relationship whose articleId is the article's, found from the entities the article mentions (every
// fact's subject is one of them). Entities stay: delete-orphans.cypher removes those no article mentions.
// Params: $articleIds (list of strings).
// Columns: articleId (string), entityIds (list of the ids it mentioned), relationsRemoved (integer),
// predicates (the distinct predicates of the facts removed: their relation counts change).
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})-[m:MENTIONS]->(e:Entity)
OPTIONAL MATCH (e)-[r]->(:Entity)
  WHERE r.articleId = articleId
WITH articleId, collect(DISTINCT m) AS mentions, collect(DISTINCT r) AS facts, collect(DISTINCT e.id) AS entityIds
WITH articleId, mentions, facts, entityIds,
     reduce(seen = [], fact IN facts | CASE WHEN type(fact) IN seen THEN seen ELSE seen + type(fact) END) AS predicates
FOREACH (fact IN facts | DELETE fact)
FOREACH (mention IN mentions | DELETE mention)
RETURN articleId, entityIds, size(facts) AS relationsRemoved, predicates
