import { entitySeek, type GraphReader, type RelationDirection } from '../../graph/read';
import { connectionOf, pageRequest, sliceOf, type ConnectionValue } from '../common/pagination';
import type { Loaders } from '../loaders';
import type { Article } from '../article/article.type';
import { Direction } from '../relation/direction.enum';
import { normalizePredicate } from '../relation/relation.service';
import type { Relation } from '../relation/relation.type';
import { toRelation } from '../values';
import { entityFilter, positionKey, positionOf } from './entity-filter';
import type { EntityOrder, EntityWhere } from './entity.input';
import type { Entity } from './entity.type';

const DIRECTIONS: Readonly<Record<Direction, RelationDirection>> = {
  [Direction.OUTGOING]: 'OUT',
  [Direction.INCOMING]: 'IN',
  [Direction.BOTH]: 'BOTH',
};

export class EntityService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  byId(id: string): Promise<Entity | null> {
    return this.loaders.entity.load(id);
  }

  async list(
    where: EntityWhere | null | undefined,
    order: EntityOrder,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionValue<Entity>> {
    const kind = `entities:${order}`;
    const page = pageRequest(kind, first, after);
    const filter = entityFilter(where);
    const { limit } = sliceOf(page);
    const seek = entitySeek(order, filter, positionOf(order, page.after), limit);
    const rows = await this.reader.entitiesPage(filter, order, seek);
    return connectionOf(
      kind,
      page,
      rows,
      positionKey,
      (row) => this.loaders.entity.load(row.id),
      () => this.reader.entitiesCount(filter),
    );
  }

  async relationsOf(
    entity: Entity,
    direction: Direction,
    predicate: string | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionValue<Relation>> {
    const page = pageRequest('relations', first, after);
    const args = { direction: DIRECTIONS[direction], predicate: normalizePredicate(predicate) };
    const { items, totalCount } = await this.loaders.entityRelations.load({
      parentId: entity.id,
      args,
      slice: sliceOf(page),
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
