/**
 * A large graph in seconds, for tests that need the planner to see realistic statistics: articles,
 * entities of every type, MENTIONS and facts of many predicates, in the shapes the write path stores
 * (the same labels, properties and relationship types), written by a few UNWIND statements over server-side
 * ranges instead of the NLP pipeline. Relation counts per predicate are then kept by the write path's own
 * step (refreshPredicateCounts), as an ingest would, and the analysts' figures (nameKey, mentionCount,
 * firstSeen, lastSeen, factPredicates) by the statements that keep them (applySchema's backfill).
 */
import { int } from 'neo4j-driver';
import type { GraphDatabase } from '../../src/graph/database';
import { backfillAnalytics } from '../../src/graph/schema';
import { refreshPredicateCounts, runner } from '../../src/graph/write-steps';
import { ENTITY_TYPES, labelOf } from '../../src/vocabulary';

export interface SyntheticGraphSize {
  readonly articles: number;
  readonly entities: number;
  /** Entities each article mentions. */
  readonly mentionsPerArticle: number;
  /** Facts each article states, between entities it mentions. */
  readonly factsPerArticle: number;
}

export const SYNTHETIC_PREDICATES = [
  'SANCTIONS',
  'ANNOUNCES',
  'BORDERS',
  'LEADS',
  'MEETS',
  'CRITICIZES',
  'SUPPORTS',
  'VISITS',
  'ACCUSES',
  'HOLDS_TITLE',
  'PARTICIPATES_IN',
  'TARGETS',
] as const;

const BATCH = 500;

export function syntheticEntityId(index: number): string {
  return `synthetic:entity-${index}`;
}

export function syntheticArticleId(index: number): string {
  return `synthetic-article-${index}`;
}

export async function buildSyntheticGraph(db: GraphDatabase, size: SyntheticGraphSize): Promise<void> {
  const types = ENTITY_TYPES.map((type) => ({ type, label: labelOf(type) }));
  for (let from = 0; from < size.entities; from += BATCH) {
    await db.write(
      `UNWIND range($from, $to) AS i
       WITH i, $types[i % size($types)] AS kind
       CREATE (e:Entity {id: 'synthetic:entity-' + i, name: 'Entity ' + i, type: kind.type,
                         aliases: ['E' + i], attributeKeys: []})
       SET e:$(kind.label)`,
      { from: int(from), to: int(Math.min(from + BATCH, size.entities) - 1), types },
      'test',
    );
  }
  for (let from = 0; from < size.articles; from += BATCH) {
    const params = {
      from: int(from),
      to: int(Math.min(from + BATCH, size.articles) - 1),
      entities: int(size.entities),
      mentions: int(size.mentionsPerArticle),
      facts: int(size.factsPerArticle),
      predicates: [...SYNTHETIC_PREDICATES],
    };
    await db.write(
      `UNWIND range($from, $to) AS i
       CREATE (a:Article {id: 'synthetic-article-' + i, title: 'Article ' + i, source: 'synthetic',
                          url: null, text: 'Synthetic article ' + i + '.', contentHash: toString(i),
                          publishedAt: CASE WHEN i % 10 = 0 THEN null
                                       ELSE toString(date('2020-01-01') + duration({days: i % 1500})) END,
                          ingestedAt: datetime()})
       WITH a, i
       UNWIND range(0, $mentions - 1) AS j
       MATCH (e:Entity {id: 'synthetic:entity-' + ((i * 37 + j * 101) % $entities)})
       CREATE (a)-[:MENTIONS {count: 1 + j % 3, spans: ['0-8'], forms: [e.name], names: [e.name],
                              attributes: '{}'}]->(e)`,
      params,
      'test',
    );
    await db.write(
      `UNWIND range($from, $to) AS i
       UNWIND range(0, $facts - 1) AS j
       MATCH (s:Entity {id: 'synthetic:entity-' + ((i * 37 + j * 101) % $entities)})
       MATCH (o:Entity {id: 'synthetic:entity-' + ((i * 37 + (j + 1) * 101) % $entities)})
       CREATE (s)-[r:$($predicates[(i + j) % size($predicates)])]->(o)
       SET r = {id: 'synthetic-fact-' + i + '-' + j, articleId: 'synthetic-article-' + i, sentenceIndex: j,
                evidence: 'Sentence ' + j + '.', start: 0, end: 10, confidence: 0.5 + (j % 5) / 10.0,
                negated: j % 7 = 0, modality: CASE WHEN j % 5 = 0 THEN 'may' ELSE null END,
                date: CASE WHEN i % 3 = 0 THEN null ELSE '2021-06-01' END}`,
      params,
      'test',
    );
  }
  await db.writeTransaction((tx) => refreshPredicateCounts(runner(db, tx), SYNTHETIC_PREDICATES), 'test');
  await backfillAnalytics(db);
}
