/**
 * Compiles the part of a request below some entities into one statement (entities-with-relations.cypher):
 * the entities, one page of their relations as the selection asks for it (direction, predicate, first,
 * after), and, when the selection reaches them, the entities at the relations' ends and the articles of
 * their evidence; mention counts only where the selection asks for them. The rows prime the request's DataLoaders, so the resolvers below find everything
 * cached: `entity(id) { relations { … subject object evidence { article } } }` costs one statement
 * instead of four, a page of `entities { … relations { … } }` two instead of four. A selection it does
 * not cover (a second `relations` with other arguments, deeper levels) falls back to the loaders, inside
 * the same read transaction.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow, GraphReader } from '../../graph/read';
import { type SelectedField, argumentsOf, subfields, subfieldsAt } from '../common/selection';
import type { Loaders } from '../loaders';
import { toArticle, toEntity } from '../values';
import { relationPageKey } from './relation-page-key';

/**
 * Fetches what the selection under `entityFields` (fields of type Entity) asks for `ids`, in one statement,
 * and primes the loaders with it. Does nothing (the loaders will fetch) when the selection asks for no
 * relations or their arguments are invalid (the resolver reports that).
 */
export async function prefetchEntities(
  reader: GraphReader,
  loaders: Loaders,
  info: GraphQLResolveInfo,
  entityFields: readonly SelectedField[],
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const [relationsField] = subfields(info, entityFields, 'Entity', 'relations');
  if (relationsField === undefined) return;
  const args = argumentsOf(info, relationsField);
  if (args === null) return;
  let key: ReturnType<typeof relationPageKey>;
  try {
    key = relationPageKey(args.direction, args.predicate, args.first, args.after);
  } catch {
    return; // invalid arguments: the resolver will refuse them with BAD_USER_INPUT
  }
  const nodes = subfieldsAt(
    info,
    [relationsField],
    [
      ['RelationConnection', 'edges'],
      ['RelationEdge', 'node'],
    ],
  );
  const articles = subfieldsAt(info, nodes, [
    ['Relation', 'evidence'],
    ['Evidence', 'article'],
  ]);
  const ends = [
    ...subfields(info, nodes, 'Relation', 'subject'),
    ...subfields(info, nodes, 'Relation', 'object'),
  ];
  const rows = await reader.entitiesWithRelations(ids, key.args, key.slice, {
    endpoints: ends.length > 0,
    articles: articles.length > 0,
    mentionCounts: subfields(info, entityFields, 'Entity', 'mentionCount').length > 0,
    endpointMentionCounts: subfields(info, ends, 'Entity', 'mentionCount').length > 0,
  });
  const found = new Set(rows.map((row) => row.entity.id));
  for (const id of ids) if (!found.has(id)) loaders.entity.prime(id, null);
  // An entity may come as one of `ids` and as the end of a relation: keep the row that counted mentions.
  const entities = new Map<string, EntityRow>();
  const keep = (row: EntityRow) => {
    if (row.mentionCount !== null || !entities.has(row.id)) entities.set(row.id, row);
  };
  for (const row of rows) {
    keep(row.entity);
    row.endpoints.forEach(keep);
    loaders.entityRelations.prime(
      { parentId: row.entity.id, args: key.args, slice: key.slice },
      { totalCount: row.totalCount, items: row.relations },
    );
    for (const article of row.articles) loaders.article.prime(article.id, toArticle(article));
  }
  for (const [id, row] of entities) loaders.entity.prime(id, toEntity(row));
}
