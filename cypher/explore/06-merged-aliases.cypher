// title: Entities merged from aliases
// description: Entities that were written in several ways ("Kiev" and "Kyiv", "US" and "United States", "Blinken" and "Anthony Blinken") and merged into one node, with the number of articles that mention them.
// params: {}
// returns: name, type, aliases, articles
MATCH (e:Entity)
WHERE size(e.aliases) > 0
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
ORDER BY size(e.aliases) DESC, name
LIMIT 100
