// One page of entities (Query.entities), each with one page of its relations and, when asked, the entities
// at their ends and the articles of their evidence: what
// `entities { edges { node { … relations { … object { name } } } } }` needs, in one statement instead of
// four (src/api/entity/entity-prefetch.ts primes the request's DataLoaders with it).
// This file is the statement's middle: src/graph/read/entity-page.ts (entityPageWithRelationsStatement)
// puts the order's index-backed page statement (entities-by-*.cypher, every filter and order) in a
// `CALL () { … }` before it, the relations compiled from the selection after it (relationsTail, as in
// entities-with-relations), and the page's ORDER BY last, so the page reads no more than that statement
// alone. Not a statement on its own: test/integration/graph/read-plans.int.test.ts plans it composed,
// for every order.
// Params: as entities-by-* ($low, $high, $types, $namePrefix, $nameContains, $articleId, $minMentions,
//   $maxMentions, $after, $limit), and relationsTail's
// Columns: relationsTail's, then id, value, nameKey (as entities-by-*)
WITH id AS pageId, value AS pageValue, nameKey AS pageNameKey
MATCH (e:Entity {id: pageId})
