import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ArticleConnection } from '../article/article.type';
import { connectionComplexity, scalarListComplexity } from '../common/complexity';
import { sliceList } from '../common/list-slice';
import type { ConnectionValue } from '../common/pagination';
import { orDefault } from '../common/validate';
import { PageArgs, pageSizeOf } from '../common/page.args';
import type { ApiContext } from '../context';
import { Direction } from '../relation/direction.enum';
import { RelationConnection } from '../relation/relation.type';
import { ownFields } from '../common/selection';
import { pageReads } from './entity-prefetch';
import { EntityOrder, EntityWhere } from './entity.input';
import { Entity, EntityConnection } from './entity.type';

const DEFAULT_ALIAS_PAGE = 50;

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this id; null when there is none.' })
  entity(
    @Arg('id', () => ID) id: string,
    @Ctx() { services }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Entity | null> {
    return services.entities.byId(id, info);
  }

  @Query(() => EntityConnection, {
    complexity: connectionComplexity,
    description: 'Entities, filtered and paged.',
  })
  entities(
    @Arg('where', () => EntityWhere, { nullable: true }) where: EntityWhere | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, defaultValue: EntityOrder.NAME_ASC })
    orderBy: EntityOrder | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Entity>> {
    return services.entities.list(
      where,
      orDefault(orderBy, EntityOrder.NAME_ASC),
      pageSizeOf(page),
      page.after,
      info,
    );
  }

  @FieldResolver(() => RelationConnection, {
    complexity: connectionComplexity,
    description: 'Facts this entity takes part in, by predicate, subject id, object id.',
  })
  relations(
    @Root() entity: Entity,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.BOTH })
    direction: Direction | null,
    @Arg('predicate', () => String, { nullable: true }) predicate: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.entities.relationsOf(
      entity,
      orDefault(direction, Direction.BOTH),
      predicate,
      pageSizeOf(page),
      page.after,
      pageReads(info, ownFields(info)),
    );
  }

  @FieldResolver(() => Int, { description: 'How many times the articles mention it, over all articles.' })
  mentionCount(@Root() entity: Entity, @Ctx() { services }: ApiContext): number | Promise<number> {
    return services.entities.mentionCountOf(entity);
  }

  @FieldResolver(() => [String], {
    complexity: scalarListComplexity(DEFAULT_ALIAS_PAGE),
    description:
      'Other names the articles use for it (e.g. Kiev for Kyiv): at most `first` (0 to 100) from `offset`.',
  })
  aliases(
    @Root() entity: Entity,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_ALIAS_PAGE }) first: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
  ): string[] {
    return sliceList(entity.aliases, orDefault(first, DEFAULT_ALIAS_PAGE), orDefault(offset, 0));
  }

  @FieldResolver(() => ArticleConnection, {
    complexity: connectionComplexity,
    description: 'Articles that mention this entity, newest first.',
  })
  articles(@Root() entity: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { services }: ApiContext) {
    return services.entities.articlesOf(entity, pageSizeOf(page), page.after);
  }
}
