// title: The model
// description: Entities are typed nodes (Person, Country, Organization …), facts are relationships between them named by their predicate, and every article MENTIONS the entities it names. This draws the schema of what is stored now.
// params: {}
// returns: nodes, relationships
CALL db.schema.visualization()
