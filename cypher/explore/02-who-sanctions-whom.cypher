// title: Who sanctions whom
// description: Every SANCTIONS fact, drawn as a graph. Each relationship is one sentence of one article; click one to see its evidence.
// params: {}
// returns: p (paths)
MATCH p = (:Entity)-[:SANCTIONS]->(:Entity)
RETURN p
LIMIT 300
