// Writes facts as relationships typed by their predicate: (United States)-[:SANCTIONS]->(Belarus).
// The predicate was checked against the vocabulary's pattern ^[A-Z][A-Z0-9_]*$ (and is never MENTIONS)
// before it got here, and travels as a parameter (dynamic type, Neo4j 5.26).
// Params: $facts (list of {subjectId, objectId, predicate, properties: {id, articleId, publishedAt (the
// article's publication day, or null), sentenceIndex, evidence, start, end, confidence, negated, modality,
// date, attributedTo, construction}}).
// Columns: created (integer).
UNWIND $facts AS row
MATCH (s:Entity {id: row.subjectId})
MATCH (o:Entity {id: row.objectId})
CREATE (s)-[r:$(row.predicate)]->(o)
SET r = row.properties
RETURN count(r) AS created
