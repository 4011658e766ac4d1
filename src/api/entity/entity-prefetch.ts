/**
 * Compiles the part of a request below some entities into one statement (entities-with-relations.cypher):
 * the entities, one page of their relations as the selection asks for it (direction, predicate, first,
 * after), and, when the selection reaches them, the entities at the relations' ends and the articles of
 * their evidence. The rows prime the request's DataLoaders, so the resolvers below find everything
 * cached: `entity(id) { relations { … subject object evidence { article } } }` costs one statement
 * instead of four, a page of `entities { … relations { … } }` two instead of four. A selection it does
 * not cover (a second `relations` with other arguments, deeper levels) falls back to the loaders, inside
 * the same read transaction.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphReader } from '../../graph/read';
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
  const endpoints =
    subfields(info, nodes, 'Relation', 'subject').length > 0 ||
    subfields(info, nodes, 'Relation', 'object').length > 0;
  const articles = subfieldsAt(info, nodes, [
    ['Relation', 'evidence'],
    ['Evidence', 'article'],
  ]);
  const rows = await reader.entitiesWithRelations(ids, key.args, key.slice, {
    endpoints,
    articles: articles.length > 0,
  });
  const found = new Set(rows.map((row) => row.entity.id));
  for (const id of ids) if (!found.has(id)) loaders.entity.prime(id, null);
  for (const row of rows) {
    loaders.entity.prime(row.entity.id, toEntity(row.entity));
    loaders.entityRelations.prime(
      { parentId: row.entity.id, args: key.args, slice: key.slice },
      { totalCount: row.totalCount, items: row.relations },
    );
    for (const end of row.endpoints) loaders.entity.prime(end.id, toEntity(end));
    for (const article of row.articles) loaders.article.prime(article.id, toArticle(article));
  }
}
