// Entities by id, each with one page of its relations and, when asked, the entities at both ends of those
// relations and the articles of their evidence: what `entity(id) { … relations { … subject object evidence
// { article } } }` needs, in one statement instead of four (src/api/entity/entity-prefetch.ts primes the
// request's DataLoaders with it). This file is the statement's head: the rest is compiled from the
// selection by src/graph/read/entity-relations-statement.ts (relationsTail), which says what each part
// reads. Every part is the projection of the statement it replaces, so the API returns the same values:
// the entity as in entities-by-id, the page as in entity-relations, the articles as in articles-by-id
// without the text. Found from the ids' index; the page is cut before the ends and articles are read.
// Not a statement on its own: test/integration/graph/read-plans.int.test.ts plans it compiled.
// Params: $ids [String], and relationsTail's
// Columns: relationsTail's
UNWIND $ids AS id
MATCH (e:Entity {id: id})
