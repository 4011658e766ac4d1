// The graph's constraints and indexes, applied by applySchema (src/graph/schema.ts) at start.
// Every statement is IF NOT EXISTS, so running the file again changes nothing.
// Params: none. Columns: none.
//
// Article.id and Entity.id are unique. EntityKey.key is unique: cross-article resolution MERGEs one key
// node per normalized name or alias (see src/graph/entity-keys.ts), and this constraint is what stops two
// concurrent ingests from creating the same entity twice.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (k:EntityKey) REQUIRE k.key IS UNIQUE;
// One PredicateCount per predicate in use (refresh-predicate-counts.cypher): MERGEd by concurrent ingests.
CREATE CONSTRAINT predicate_count IF NOT EXISTS FOR (c:PredicateCount) REQUIRE c.predicate IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_key_owner IF NOT EXISTS FOR (k:EntityKey) ON (k.entityId);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
// Query.articles, newest first: the listing's sort key kept at write time (articleListKey in
// src/graph/write-steps.ts; backfill-article-list-keys.cypher for older graphs), read in index order.
CREATE INDEX article_list_key IF NOT EXISTS FOR (a:Article) ON (a.listKey);
// standard-folding: lower case and ASCII folding (Łódź finds Lodz), no stop words removed; it indexes
// both the name and every alias, so "Kiev" finds Kyiv and fuzzy queries ("Lukashenka~") work.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// For the analysts' queries (src/api/analytics, Query.entities' orders and filters): the entity figures
// entity-stats.cypher keeps at write time, so that sorting and filtering by them is an index seek in
// index order (keyset paging) instead of a scan and a sort of every entity.
CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey);
// nameContains without a prefix, range or article to start from: a text (trigram) index answers CONTAINS
// on the lower-cased name and aliases entity-stats.cypher keeps (searchKey, one per line).
CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (e:Entity) ON (e.searchKey);
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount);
CREATE INDEX entity_first_seen IF NOT EXISTS FOR (e:Entity) ON (e.firstSeen);
CREATE INDEX entity_last_seen IF NOT EXISTS FOR (e:Entity) ON (e.lastSeen);
// The same orders within one type (`entities(where: {type: COUNTRY})`): an equality seek on the type, read
// in the property's order, so a page of countries reads countries only.
CREATE INDEX entity_type_name_key IF NOT EXISTS FOR (e:Entity) ON (e.type, e.nameKey);
CREATE INDEX entity_type_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.type, e.mentionCount);
CREATE INDEX entity_type_first_seen IF NOT EXISTS FOR (e:Entity) ON (e.type, e.firstSeen);
CREATE INDEX entity_type_last_seen IF NOT EXISTS FOR (e:Entity) ON (e.type, e.lastSeen);
