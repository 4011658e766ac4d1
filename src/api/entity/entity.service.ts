import type { GraphQLResolveInfo } from 'graphql';
import { entitySeek, type EntityPageRow, type GraphReader } from '../../graph/read';
import { connectionOf, pageRequest, sliceOf, type ConnectionValue } from '../common/pagination';
import { ownFields, subfieldsAt } from '../common/selection';
import type { Loaders } from '../loaders';
import type { Article } from '../article/article.type';
import type { Direction } from '../relation/direction.enum';
import type { Relation } from '../relation/relation.type';
import { toRelation } from '../values';
import { entityFilter, positionKey, positionOf } from './entity-filter';
import { prefetchEntities, primeEntities, relationsSelection } from './entity-prefetch';
import type { EntityOrder, EntityWhere } from './entity.input';
import type { Entity } from './entity.type';
import { type PageReads, relationPageKey } from './relation-page-key';

/** The Entity fields of Query.entities' selection (edges { node { … } }). */
function pageNodes(info: GraphQLResolveInfo) {
  return subfieldsAt(info, ownFields(info), [
    ['EntityConnection', 'edges'],
    ['EntityEdge', 'node'],
  ]);
}

export class EntityService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  /** With `info`, what the selection asks below the entity is fetched with it (entity-prefetch.ts). */
  async byId(id: string, info?: GraphQLResolveInfo): Promise<Entity | null> {
    if (info !== undefined) await prefetchEntities(this.reader, this.loaders, info, ownFields(info), [id]);
    return this.loaders.entity.load(id);
  }

  async list(
    where: EntityWhere | null | undefined,
    order: EntityOrder,
    first: number,
    after: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Entity>> {
    const kind = `entities:${order}`;
    const page = pageRequest(kind, first, after);
    const filter = entityFilter(where);
    const { limit } = sliceOf(page);
    const seek = entitySeek(order, filter, positionOf(order, page.after), limit);
    const selection = info === undefined ? null : relationsSelection(info, pageNodes(info));
    let rows: readonly EntityPageRow[];
    if (selection !== null) {
      // The page, the entities and their relations in one statement (entity-prefetch.ts).
      const compiled = await this.reader.entitiesPageWithRelations(
        filter,
        order,
        seek,
        selection.key,
        selection.include,
      );
      primeEntities(this.loaders, compiled, selection.key);
      rows = compiled;
    } else {
      rows = await this.reader.entitiesPage(filter, order, seek);
    }
    return connectionOf(
      kind,
      page,
      rows,
      positionKey,
      (row) => this.loaders.entity.get(row.id),
      () => this.reader.entitiesCount(filter),
    );
  }

  /** Counted by the statement that found the entity, or else now (one batch for the whole request). */
  mentionCountOf(entity: Entity): number | Promise<number> {
    return entity.mentionCount ?? this.loaders.mentionCount.load(entity.id);
  }

  async relationsOf(
    entity: Entity,
    direction: Direction,
    predicate: string | null | undefined,
    first: number,
    after: string | null | undefined,
    reads: PageReads,
  ): Promise<ConnectionValue<Relation>> {
    const { page, args, slice } = relationPageKey(direction, predicate, first, after, reads);
    const { items, totalCount } = await this.loaders.entityRelations.load({
      parentId: entity.id,
      args,
      slice,
    });
    return connectionOf('relations', page, items, (row) => row.key, toRelation, totalCount);
  }

  async articlesOf(
    entity: Entity,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionValue<Article>> {
    const page = pageRequest('articles', first, after);
    const { items, totalCount } = await this.loaders.entityArticles.load({
      parentId: entity.id,
      args: null,
      slice: sliceOf(page),
    });
    return connectionOf(
      'articles',
      page,
      items,
      (row) => row.key,
      (row) => this.loaders.article.load(row.id),
      totalCount,
    );
  }
}
