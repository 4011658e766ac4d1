// Keeps each entity's figures that the API sorts and filters on (index-backed, see schema.cypher):
// nameKey (the lower-cased name), mentionCount (how often its articles mention it, as
// entities-by-id counts), firstSeen and lastSeen (the first and the last day an article mentions it:
// the article's publishedAt, or the day it was ingested when it has no date), and searchKey (the
// lower-cased name and aliases, one per line, for nameContains: a text index answers CONTAINS). Run by settle.ts for every
// entity a write touched, after their names are settled and while they are locked (settle-entities
// locked them), so it reads every committed MENTIONS.
// Params: $entityIds (list of strings; deleted ones are skipped).
// Columns: updated (integer).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH coalesce(m.count, 1) AS count, coalesce(a.publishedAt, left(toString(a.ingestedAt), 10)) AS day, m
  RETURN sum(CASE WHEN m IS NULL THEN 0 ELSE count END) AS mentionCount, min(day) AS firstSeen,
         max(day) AS lastSeen
}
SET e.nameKey = toLower(e.name), e.mentionCount = mentionCount, e.firstSeen = firstSeen,
    e.lastSeen = lastSeen,
    // Never null (a null would leave the entity to unstatted-entities.cypher at every start).
    e.searchKey = coalesce(toLower(e.name), '') + reduce(s = '', alias IN coalesce(e.aliases, []) | s + '\n' + toLower(alias))
RETURN count(e) AS updated
