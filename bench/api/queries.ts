/**
 * The six queries of bench:api (the four of issue 14's table, the timeline and co-occurrence), each as
 * ours asks it (today's schema plus issue 14's agreed contract), as the peer (@neo4j/graphql, see
 * bench/neo4j-graphql/type-defs.graphql) asks it, and as the one Cypher statement a person would write;
 * with a normaliser per side to one canonical answer, so equivalence is checked on content, not shape.
 */
import type { SideName } from './equivalence';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface BenchQuery {
  /** Short name: the key in results and the README's table. */
  readonly name: string;
  readonly description: string;
  readonly ours: GraphqlRequest;
  readonly peer: GraphqlRequest;
  readonly cypher: { readonly statement: string; readonly params: Record<string, unknown> };
  /** Each side's answer (GraphQL `data`, or the Cypher rows) in one canonical shape. */
  readonly canonical: Record<SideName, (answer: unknown) => unknown>;
}

/** What the queries are asked about, chosen from the graph at start (see subjectQuery). */
export interface QuerySubject {
  /** The country most articles mention. */
  readonly entityId: string;
  /** The typed words of the search, with a typo. */
  readonly searchText: string;
  /** The Lucene query our API builds from searchText (src/api/search/lucene-query.ts). */
  readonly luceneQuery: string;
}

/** The country most articles mention: a real hub, the entity analysts ask about first. */
export const SUBJECT_STATEMENT = `MATCH (e:Country)
RETURN e.id AS id
ORDER BY COUNT { (:Article)-[:MENTIONS]->(e) } DESC, e.id
LIMIT 1`;

export const SEARCH_TEXT = 'Mexcio';

type Json = Record<string, unknown>;
type Rows = readonly Json[];

const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((current, key) => (current as Json | null | undefined)?.[key], value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const nodes = (connection: unknown): Json[] => list(at(connection, 'edges')).map((edge) => edge.node as Json);
const rows = (answer: unknown): Rows => answer as Rows;

export function benchQueries(subject: QuerySubject): BenchQuery[] {
  return [
    countries(),
    search(subject),
    entityWithRelations(subject),
    predicates(),
    timeline(subject),
    coOccurring(subject),
  ];
}

function countries(): BenchQuery {
  const country = (id: unknown, name: unknown, relations: Json[]) => ({
    id,
    name,
    relations: relations.map((relation) => ({
      predicate: relation.predicate,
      object: at(relation, 'object', 'name'),
    })),
  });
  return {
    name: 'countries',
    description: '20 countries with up to 10 outgoing relations and their objects\u2019 names',
    ours: {
      query: `query BenchCountries {
  entities(first: 20, where: { type: COUNTRY }) {
    edges { node { id name relations(first: 10, direction: OUTGOING) { edges { node { predicate object { name } } } } } }
  }
}`,
      variables: {},
    },
    peer: {
      query: `query BenchCountries {
  entitiesConnection(first: 20, where: { type: { eq: "COUNTRY" } }, sort: [{ name: ASC }, { id: ASC }]) {
    edges { node { id name outgoingRelations(first: 10) { predicate object { name } } } }
  }
}`,
      variables: {},
    },
    cypher: {
      statement: `MATCH (e:Country)
WITH e ORDER BY toLower(e.name), e.id LIMIT 20
CALL (e) {
  MATCH (e)-[r]->(o:Entity)
  WHERE r.articleId IS NOT NULL
  WITH DISTINCT type(r) AS predicate, o, coalesce(r.negated, false) AS negated, coalesce(r.modality, '') AS modality
  ORDER BY predicate, o.id, negated, modality
  LIMIT 10
  RETURN collect({predicate: predicate, object: o.name}) AS relations
}
RETURN e.id AS id, e.name AS name, relations`,
      params: {},
    },
    canonical: {
      ours: (data) =>
        nodes(at(data, 'entities')).map((node) => country(node.id, node.name, nodes(node.relations))),
      peer: (data) =>
        nodes(at(data, 'entitiesConnection')).map((node) =>
          country(node.id, node.name, list(node.outgoingRelations)),
        ),
      cypher: (answer) =>
        rows(answer).map((row) => ({ id: row.id, name: row.name, relations: row.relations })),
    },
  };
}

function search(subject: QuerySubject): BenchQuery {
  const hit = (score: unknown, id: unknown, name: unknown, aliases: unknown) => ({
    score,
    id,
    name,
    aliases,
  });
  return {
    name: 'search',
    description: `full-text search with a typo ("${subject.searchText}", first 10)`,
    ours: {
      query: `query BenchSearch($text: String!) { searchEntities(query: $text, first: 10) { score entity { id name aliases } } }`,
      variables: { text: subject.searchText },
    },
    peer: {
      query: `query BenchSearch($lucene: String!) { searchEntities(luceneQuery: $lucene, first: 10) { score entity { id name } aliases } }`,
      variables: { lucene: subject.luceneQuery },
    },
    cypher: {
      statement: `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 40}) YIELD node, score
WHERE NOT node.type IN ['DATE', 'MONEY', 'QUANTITY']
RETURN score, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases
ORDER BY score DESC, id
LIMIT 10`,
      params: { lucene: subject.luceneQuery },
    },
    canonical: {
      ours: (data) =>
        list(at(data, 'searchEntities')).map((row) =>
          hit(row.score, at(row, 'entity', 'id'), at(row, 'entity', 'name'), at(row, 'entity', 'aliases')),
        ),
      peer: (data) =>
        list(at(data, 'searchEntities')).map((row) =>
          hit(row.score, at(row, 'entity', 'id'), at(row, 'entity', 'name'), row.aliases),
        ),
      cypher: (answer) => rows(answer).map((row) => hit(row.score, row.id, row.name, row.aliases)),
    },
  };
}

function entityWithRelations(subject: QuerySubject): BenchQuery {
  const relation = (r: Json) => ({
    predicate: r.predicate,
    subject: at(r, 'subject', 'name'),
    object: at(r, 'object', 'name'),
    confidence: r.confidence,
    evidence: list(r.evidence).map((e) => ({ text: e.text, title: at(e, 'article', 'title') })),
  });
  return {
    name: 'entity',
    description: 'one entity with 20 relations (either direction), their confidence and evidence',
    ours: {
      query: `query BenchEntity($id: ID!) {
  entity(id: $id) {
    name aliases
    relations(first: 20) {
      totalCount
      edges { node { predicate subject { name } object { name } confidence evidence { text article { title } } } }
    }
  }
}`,
      variables: { id: subject.entityId },
    },
    peer: {
      query: `query BenchEntity($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    name aliases relationCount
    relations(first: 20) { predicate subject { name } object { name } confidence evidence { text article { title } } }
  }
}`,
      variables: { id: subject.entityId },
    },
    cypher: {
      statement: `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.articleId IS NOT NULL
  WITH startNode(r) AS s, type(r) AS predicate, endNode(r) AS o, coalesce(r.negated, false) AS negated,
       coalesce(r.modality, '') AS modality, collect(DISTINCT r) AS facts
  ORDER BY predicate, s.id, o.id, negated, modality
  WITH collect({s: s, predicate: predicate, o: o, facts: facts}) AS relations
  UNWIND relations[..20] AS relation
  CALL (relation) {
    UNWIND relation.facts AS f
    WITH f ORDER BY f.articleId, f.sentenceIndex, f.start LIMIT 5
    MATCH (a:Article {id: f.articleId})
    RETURN collect({text: f.evidence, article: {title: a.title}}) AS evidence
  }
  RETURN size(relations) AS totalCount,
         collect({predicate: relation.predicate, subject: {name: relation.s.name}, object: {name: relation.o.name},
                  confidence: 1.0 - reduce(p = 1.0, f IN relation.facts | p * (1.0 - coalesce(f.confidence, 0.0))),
                  evidence: evidence}) AS relations
}
RETURN e.name AS name, coalesce(e.aliases, []) AS aliases, totalCount, relations`,
      params: { id: subject.entityId },
    },
    canonical: {
      ours: (data) => {
        const entity = at(data, 'entity') as Json;
        return {
          name: entity.name,
          aliases: entity.aliases,
          totalCount: at(entity, 'relations', 'totalCount'),
          relations: nodes(entity.relations).map(relation),
        };
      },
      peer: (data) => {
        const entity = list(at(data, 'entities'))[0] as Json;
        return {
          name: entity.name,
          aliases: entity.aliases ?? [],
          totalCount: entity.relationCount,
          relations: list(entity.relations).map(relation),
        };
      },
      cypher: (answer) => {
        const row = rows(answer)[0] as Json;
        return {
          name: row.name,
          aliases: row.aliases,
          totalCount: row.totalCount,
          relations: list(row.relations).map(relation),
        };
      },
    },
  };
}

function predicates(): BenchQuery {
  const count = (row: Json) => ({ predicate: row.predicate, count: row.count });
  return {
    name: 'predicates',
    description: 'relation counts by predicate',
    ours: { query: `query BenchPredicates { predicates { predicate count } }`, variables: {} },
    peer: { query: `query BenchPredicates { predicateCounts { predicate count } }`, variables: {} },
    cypher: {
      statement: `MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.articleId IS NOT NULL
WITH DISTINCT s, type(r) AS predicate, o, coalesce(r.negated, false) AS negated, coalesce(r.modality, '') AS modality
RETURN predicate, count(*) AS count
ORDER BY count DESC, predicate`,
      params: {},
    },
    canonical: {
      ours: (data) => list(at(data, 'predicates')).map(count),
      peer: (data) => list(at(data, 'predicateCounts')).map(count),
      cypher: (answer) => rows(answer).map(count),
    },
  };
}

function timeline(subject: QuerySubject): BenchQuery {
  const point = (row: Json) => ({ start: row.start, count: row.count });
  return {
    name: 'timeline',
    description: 'timeline: facts per week of one entity',
    ours: {
      query: `query BenchTimeline($id: ID!) { timeline(entityId: $id, bucket: WEEK) { start count } }`,
      variables: { id: subject.entityId },
    },
    peer: {
      query: `query BenchTimeline($id: ID!) { timeline(entityId: $id, bucket: "WEEK") { start count } }`,
      variables: { id: subject.entityId },
    },
    cypher: {
      statement: `MATCH (:Entity {id: $id})-[f]-(:Entity)
WHERE f.articleId IS NOT NULL
MATCH (a:Article {id: f.articleId})
WHERE a.publishedAt IS NOT NULL
WITH date.truncate('week', date(a.publishedAt)) AS start, count(*) AS count
RETURN toString(start) AS start, count
ORDER BY start
LIMIT 400`,
      params: { id: subject.entityId },
    },
    canonical: {
      ours: (data) => list(at(data, 'timeline')).map(point),
      peer: (data) => list(at(data, 'timeline')).map(point),
      cypher: (answer) => rows(answer).map(point),
    },
  };
}

function coOccurring(subject: QuerySubject): BenchQuery {
  const entry = (row: Json) => ({
    id: at(row, 'entity', 'id'),
    name: at(row, 'entity', 'name'),
    articleCount: row.articleCount,
  });
  return {
    name: 'coOccurring',
    description: 'co-occurrence: the 10 entities most often mentioned with one entity',
    ours: {
      query: `query BenchCoOccurring($id: ID!) { coOccurring(entityId: $id, first: 10) { entity { id name } articleCount } }`,
      variables: { id: subject.entityId },
    },
    peer: {
      query: `query BenchCoOccurring($id: ID!) { coOccurring(entityId: $id, first: 10) { entity { id name } articleCount } }`,
      variables: { id: subject.entityId },
    },
    cypher: {
      statement: `MATCH (e:Entity {id: $id})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)
WHERE o <> e
WITH o, count(DISTINCT a) AS articleCount
ORDER BY articleCount DESC, o.name, o.id
LIMIT 10
RETURN o.id AS id, o.name AS name, articleCount`,
      params: { id: subject.entityId },
    },
    canonical: {
      ours: (data) => list(at(data, 'coOccurring')).map(entry),
      peer: (data) => list(at(data, 'coOccurring')).map(entry),
      cypher: (answer) =>
        rows(answer).map((row) => ({ id: row.id, name: row.name, articleCount: row.articleCount })),
    },
  };
}
