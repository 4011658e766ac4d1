// title: The path between two people
// description: The shortest chain of facts that links two people (through countries, organisations, events), ignoring which article mentions whom. Set $from and $to to names or aliases.
// params: {"from": "Blinken", "to": "Lukashenko"}
// returns: p (path)
MATCH (a:Person) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Person) WHERE b.name = $to OR $to IN b.aliases
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN p
LIMIT 1
