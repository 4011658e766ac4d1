// How many entities Query.entities lists with no filter but the types (its totalCount): read from Neo4j's
// count store, which keeps the number of nodes of each label, so nothing is scanned. The count store
// answers only a literal label (a parameter or a dynamic label reads every node), hence one branch per
// label of the vocabulary (src/vocabulary/entity-types.ts; test/unit/graph/count-store-labels.test.ts checks that
// this list is that vocabulary) and one for all entities.
// Params: $labels [String]|null (the types' labels, summed; null: every entity)
// Columns: count
CALL () {
  MATCH (e:Entity) WITH count(e) AS count RETURN 'Entity' AS label, count
  UNION ALL
  MATCH (e:Person) WITH count(e) AS count RETURN 'Person' AS label, count
  UNION ALL
  MATCH (e:Organization) WITH count(e) AS count RETURN 'Organization' AS label, count
  UNION ALL
  MATCH (e:Country) WITH count(e) AS count RETURN 'Country' AS label, count
  UNION ALL
  MATCH (e:City) WITH count(e) AS count RETURN 'City' AS label, count
  UNION ALL
  MATCH (e:Location) WITH count(e) AS count RETURN 'Location' AS label, count
  UNION ALL
  MATCH (e:Facility) WITH count(e) AS count RETURN 'Facility' AS label, count
  UNION ALL
  MATCH (e:Event) WITH count(e) AS count RETURN 'Event' AS label, count
  UNION ALL
  MATCH (e:Date) WITH count(e) AS count RETURN 'Date' AS label, count
  UNION ALL
  MATCH (e:Money) WITH count(e) AS count RETURN 'Money' AS label, count
  UNION ALL
  MATCH (e:Quantity) WITH count(e) AS count RETURN 'Quantity' AS label, count
  UNION ALL
  MATCH (e:Concept) WITH count(e) AS count RETURN 'Concept' AS label, count
}
WITH label, count
WHERE CASE WHEN $labels IS NULL THEN label = 'Entity' ELSE label IN $labels END
RETURN sum(count) AS count
