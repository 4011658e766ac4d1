/**
 * Compiles the part of a request below some entities into one statement: the entities, one page of their
 * relations as the selection asks for it (direction, predicate, first, after), and, when the selection
 * reaches them, the entities at the relations' ends and the articles of their evidence; mention counts
 * only where the selection asks for them. entities-with-relations.cypher does it for known ids
 * (`entity(id)`), entities-page-with-relations.cypher for a page of Query.entities, page included. The
 * rows prime the request's DataLoaders, so the resolvers below find everything cached: either query
 * costs one statement instead of four. A selection it does not cover (a second `relations` with other
 * arguments, deeper levels) falls back to the loaders, inside the same read transaction.
 */
import type { GraphQLResolveInfo } from 'graphql';
import {
  type EntityRow,
  type EntityWithRelationsRow,
  type GraphReader,
  type RelationsInclude,
} from '../../graph/read';
import { type SelectedField, argumentsOf, subfields, subfieldsAt } from '../common/selection';
import type { Loaders } from '../loaders';
import { entityFieldsOf } from './entity-fields';
import { toArticle, toEntity } from '../values';
import { type PageReads, type RelationPageKey, relationPageKey } from './relation-page-key';

/** What the selection under some entities asks of their relations. */
export interface RelationsSelection {
  readonly key: RelationPageKey;
  readonly include: RelationsInclude;
}

/**
 * The relations page the selection under `entityFields` (fields of type Entity) asks for, and what below
 * it; null when it asks for none or its arguments are invalid (the resolver reports that).
 */
export function relationsSelection(
  info: GraphQLResolveInfo,
  entityFields: readonly SelectedField[],
): RelationsSelection | null {
  const [relationsField] = subfields(info, entityFields, 'Entity', 'relations');
  if (relationsField === undefined) return null;
  const args = argumentsOf(info, relationsField);
  if (args === null) return null;
  let key: RelationPageKey;
  try {
    key = relationPageKey(
      args.direction,
      args.predicate,
      args.first,
      args.after,
      pageReads(info, [relationsField]),
    );
  } catch {
    return null; // invalid arguments: the resolver will refuse them with BAD_USER_INPUT
  }
  const nodes = relationNodes(info, [relationsField]);
  const articles = subfieldsAt(info, nodes, [
    ['Relation', 'evidence'],
    ['Evidence', 'article'],
  ]);
  const ends = [
    ...subfields(info, nodes, 'Relation', 'subject'),
    ...subfields(info, nodes, 'Relation', 'object'),
  ];
  return {
    key,
    include: {
      endpoints: ends.length > 0,
      articles: articles.length > 0,
      mentionCounts: subfields(info, entityFields, 'Entity', 'mentionCount').length > 0,
      endpointMentionCounts: subfields(info, ends, 'Entity', 'mentionCount').length > 0,
      facts: key.args.facts,
      totalCount: key.args.totalCount,
      fields: entityFieldsOf(info),
    },
  };
}

/** The Relation fields under some `relations` connection fields (their edges' nodes). */
export function relationNodes(
  info: GraphQLResolveInfo,
  relationConnections: readonly SelectedField[],
): SelectedField[] {
  return subfieldsAt(info, relationConnections, [
    ['RelationConnection', 'edges'],
    ['RelationEdge', 'node'],
  ]);
}

/** The Relation fields read from its facts; a page whose nodes ask none of them is read without its facts. */
const FACT_FIELDS = ['confidence', 'date', 'evidence', 'evidenceCount'] as const;

/** Whether the selection under these Relation fields asks for anything read from the relations' facts. */
function factsAsked(info: GraphQLResolveInfo, relations: readonly SelectedField[]): boolean {
  return FACT_FIELDS.some((name) => subfields(info, relations, 'Relation', name).length > 0);
}

/** What the selection under some `relations` connection fields reads beyond the relations' keys. */
export function pageReads(
  info: GraphQLResolveInfo,
  relationConnections: readonly SelectedField[],
): PageReads {
  return {
    facts: factsAsked(info, relationNodes(info, relationConnections)),
    totalCount: subfields(info, relationConnections, 'RelationConnection', 'totalCount').length > 0,
  };
}

/** entity(id): fetches what the selection asks below the entities `ids` in one statement, and primes the loaders. */
export async function prefetchEntities(
  reader: GraphReader,
  loaders: Loaders,
  info: GraphQLResolveInfo,
  entityFields: readonly SelectedField[],
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const selection = relationsSelection(info, entityFields);
  if (selection === null) return;
  const { key, include } = selection;
  const rows = await reader.entitiesWithRelations(ids, key.args, key.slice, include);
  const found = new Set(rows.map((row) => row.entity.id));
  for (const id of ids) if (!found.has(id)) loaders.entity.prime(id, null);
  primeEntities(loaders, rows, key);
}

/** Primes the loaders with the rows of entities-with-relations (or entities-page-with-relations). */
export function primeEntities(
  loaders: Loaders,
  rows: readonly EntityWithRelationsRow[],
  key: RelationPageKey,
): void {
  // An entity may come as one of the entities and as the end of a relation: keep the row that counted
  // mentions (prime never replaces a value already there).
  const entities = new Map<string, EntityRow>();
  const keep = (row: EntityRow) => {
    if (row.mentionCount != null || !entities.has(row.id)) entities.set(row.id, row);
  };
  for (const row of rows) {
    keep(row.entity);
    row.endpoints.forEach(keep);
    loaders.entityRelations.prime(
      { parentId: row.entity.id, args: key.args, slice: key.slice },
      { totalCount: row.totalCount ?? Number.NaN, items: row.relations },
    );
    for (const article of row.articles) loaders.article.prime(article.id, toArticle(article));
  }
  for (const [id, row] of entities) loaders.entity.prime(id, toEntity(row));
}
