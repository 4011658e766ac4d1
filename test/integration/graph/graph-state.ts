/** Reads the whole test graph back, in a stable order, so tests can compare before and after. */
import { createHash } from 'node:crypto';
import type { GraphDatabase } from '../../../src/graph/database';

export interface GraphState {
  nodes: { labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
}

export async function graphState(db: GraphDatabase): Promise<GraphState> {
  const nodes = await db.read<{ labels: string[]; properties: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties',
  );
  const relationships = await db.read<GraphState['relationships'][number]>(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to, properties(r) AS properties`,
  );
  const order = (value: unknown) => JSON.stringify(value);
  return {
    nodes: nodes
      .map((node) => ({ labels: [...node.labels].sort(), properties: node.properties }))
      .sort((a, b) => order(a).localeCompare(order(b))),
    relationships: relationships.sort((a, b) => order(a).localeCompare(order(b))),
  };
}

export async function countOf(db: GraphDatabase, pattern: string): Promise<number> {
  const [row] = await db.read<{ n: number }>(`MATCH ${pattern} RETURN count(*) AS n`);
  return row?.n ?? 0;
}

/** Entities by name, with their labels, aliases and id. */
export async function entitiesNamed(db: GraphDatabase, name: string) {
  return db.read<{ id: string; labels: string[]; aliases: string[]; type: string }>(
    `MATCH (e:Entity) WHERE e.name = $name
     RETURN e.id AS id, labels(e) AS labels, e.aliases AS aliases, e.type AS type ORDER BY id`,
    { name },
  );
}

/**
 * The relation counts the write path keeps per predicate (PredicateCount nodes) next to a recount over
 * every fact: [kept, recounted], equal when the write path kept them right.
 */
export async function predicateCounts(
  db: GraphDatabase,
): Promise<[Record<string, number>, Record<string, number>]> {
  const kept = await db.read<{ predicate: string; relations: number }>(
    'MATCH (c:PredicateCount) RETURN c.predicate AS predicate, c.relations AS relations',
  );
  const recounted = await db.read<{ predicate: string; relations: number }>(
    `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.articleId IS NOT NULL
     WITH DISTINCT s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, coalesce(r.modality, '') AS modality
     RETURN predicate, count(*) AS relations`,
  );
  const byPredicate = (rows: { predicate: string; relations: number }[]) =>
    Object.fromEntries(rows.map((row) => [row.predicate, row.relations]).sort());
  return [byPredicate(kept), byPredicate(recounted)];
}

/**
 * The figures the write path keeps on each entity (entity-stats.cypher: nameKey, mentionCount, firstSeen,
 * lastSeen) of the entities where they differ from a recount over its MENTIONS: empty when the write path
 * kept them right.
 */
export async function staleEntityFigures(db: GraphDatabase): Promise<Record<string, unknown>[]> {
  return db.read(
    `MATCH (e:Entity)
     CALL (e) {
       OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
       WITH m, coalesce(a.publishedAt, left(toString(a.ingestedAt), 10)) AS day
       RETURN sum(CASE WHEN m IS NULL THEN 0 ELSE coalesce(m.count, 1) END) AS mentionCount,
              min(day) AS firstSeen, max(day) AS lastSeen
     }
     WITH e, {nameKey: toLower(e.name), mentionCount: mentionCount, firstSeen: firstSeen, lastSeen: lastSeen}
          AS recounted
     WHERE e.nameKey IS NULL OR e.nameKey <> recounted.nameKey OR e.mentionCount IS NULL
        OR e.mentionCount <> recounted.mentionCount OR coalesce(e.firstSeen, '') <> coalesce(recounted.firstSeen, '')
        OR coalesce(e.lastSeen, '') <> coalesce(recounted.lastSeen, '')
     RETURN e.id AS id, e {.nameKey, .mentionCount, .firstSeen, .lastSeen} AS kept, recounted
     ORDER BY id`,
  );
}

/**
 * A hash of the whole graph (graphState: every node with its labels and properties, every relationship
 * with its ends and properties, sorted), leaving out only what records when, not what: Article.ingestedAt.
 * It first checks that the relation counts kept per predicate and the figures kept per entity match a
 * recount (they are part of the hash, so two graphs could otherwise agree on the same wrong count).
 */
export async function graphDigest(db: GraphDatabase): Promise<string> {
  const [kept, recounted] = await predicateCounts(db);
  if (JSON.stringify(kept) !== JSON.stringify(recounted)) {
    throw new Error(
      `relation counts per predicate: kept ${JSON.stringify(kept)}, recounted ${JSON.stringify(recounted)}`,
    );
  }
  const stale = await staleEntityFigures(db);
  if (stale.length > 0) throw new Error(`entity figures differ from a recount: ${JSON.stringify(stale)}`);
  const state = await graphState(db);
  for (const node of state.nodes) delete node.properties.ingestedAt;
  const nodes = state.nodes.map(canonicalJson).sort();
  const relationships = state.relationships.map(canonicalJson).sort();
  return createHash('sha256').update(JSON.stringify({ nodes, relationships })).digest('hex');
}

/** JSON with every object's keys sorted: property maps come back in storage order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
