/**
 * Per-request DataLoaders: every object and every nested page a request needs is fetched in batches,
 * one Cypher round trip per batch, so a request's round trips depend on its shape, not its page sizes.
 */
import DataLoader from 'dataloader';
import type {
  ChildPage,
  GraphReader,
  KeyedId,
  RelationDirection,
  RelationKey,
  RelationRow,
  Slice,
} from '../graph/read';
import type { Article } from './article/article.type';
import type { Entity } from './entity/entity.type';
import { relationSortKey } from './relation/relation-id';
import type { Relation } from './relation/relation.type';
import { toArticle, toEntity, toRelation } from './values';

/** A page of the children of one parent; parents asking the same page with the same arguments share a query. */
export interface ChildPageKey<A> {
  readonly parentId: string;
  readonly args: A;
  readonly slice: Slice;
}

export interface RelationPageArgs {
  readonly direction: RelationDirection;
  readonly predicate: string | null;
  /**
   * Whether the request reads the page's facts (a relation's confidence, date or evidence): the compiled
   * statements leave them out otherwise (entity-prefetch.ts). Part of the key, so that a page read without
   * its facts never answers a field that needs them; the loader's own statement always reads them.
   */
  readonly facts: boolean;
  /**
   * Whether the request reads the page's totalCount: the compiled statements count an entity's relations
   * only then. Part of the key for the same reason as `facts`; a page read without it has NaN there,
   * which GraphQL refuses to serialize as an Int rather than answer a wrong count.
   */
  readonly totalCount: boolean;
}

/**
 * A DataLoader that also answers at once for what was primed into it (by a compiled statement: the ends
 * of a page of relations, the articles of their evidence, the entities of a page). A resolver that finds
 * its value there returns it as it is, and GraphQL completes the field without a promise: a page of 20
 * relations has some 60 such fields (subject, object, evidence articles).
 */
export class PrimedLoader<V> extends DataLoader<string, V> {
  private readonly primed = new Map<string, V>();
  /** Keys asked of load(): DataLoader's cache holds them, so a later prime does not change them. */
  private readonly loaded = new Set<string>();

  /** The value primed for this key; undefined when none was (load() then fetches it). */
  peek(key: string): V | undefined {
    return this.primed.get(key);
  }

  /** The primed value, or else a load through the batch. */
  get(key: string): V | Promise<V> {
    return this.primed.has(key) ? (this.primed.get(key) as V) : this.load(key);
  }

  /**
   * As get(), for a value that must exist: `gone` names what was deleted between this request's
   * statements when the key finds nothing.
   */
  present(key: string, gone: string): NonNullable<V> | Promise<NonNullable<V>> {
    const check = (value: V): NonNullable<V> => {
      if (value === null || value === undefined) throw new Error(gone);
      return value;
    };
    const value = this.get(key);
    return value instanceof Promise ? value.then(check) : check(value);
  }

  override load(key: string): Promise<V> {
    this.loaded.add(key);
    return super.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    // As DataLoader's own prime: a key already cached keeps its value.
    const cached = this.primed.has(key) || this.loaded.has(key);
    if (!cached && !(value instanceof Error) && !isPromiseLike(value)) {
      this.primed.set(key, value);
    }
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.primed.delete(key);
    this.loaded.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    this.loaded.clear();
    return super.clearAll();
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

export interface Loaders {
  readonly entity: PrimedLoader<Entity | null>;
  /** For entities whose statement did not count their mentions (0 for an entity gone meanwhile). */
  readonly mentionCount: DataLoader<string, number>;
  readonly article: PrimedLoader<Article | null>;
  /** For articles whose statement did not read their text ('' for an article gone meanwhile). */
  readonly articleText: DataLoader<string, string>;
  readonly relation: DataLoader<RelationKey, Relation | null, string>;
  readonly entityRelations: DataLoader<ChildPageKey<RelationPageArgs>, ChildPage<RelationRow>, string>;
  readonly entityArticles: DataLoader<ChildPageKey<null>, ChildPage<KeyedId>, string>;
  readonly articleEntities: DataLoader<ChildPageKey<null>, ChildPage<KeyedId>, string>;
  readonly articleRelations: DataLoader<ChildPageKey<null>, ChildPage<RelationRow>, string>;
}

export function createLoaders(reader: GraphReader): Loaders {
  return {
    entity: new PrimedLoader(async (ids) => {
      const byId = new Map((await reader.entitiesById(ids)).map((row) => [row.id, toEntity(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    mentionCount: new DataLoader(async (ids) => {
      const counts = await reader.mentionCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    article: new PrimedLoader(async (ids) => {
      const byId = new Map((await reader.articlesById(ids)).map((row) => [row.id, toArticle(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    articleText: new DataLoader(async (ids) => {
      const texts = await reader.articleTexts(ids);
      return ids.map((id) => texts.get(id) ?? '');
    }),
    relation: new DataLoader(
      async (keys) => {
        const rows = await reader.relationsByKey(keys);
        const byKey = new Map(rows.map((row) => [row.key, toRelation(row)]));
        return keys.map((key) => byKey.get(relationSortKey(key)) ?? null);
      },
      { cacheKeyFn: relationSortKey },
    ),
    entityRelations: childPageLoader((ids, args: RelationPageArgs, slice) =>
      reader.entityRelations(ids, args.direction, args.predicate, slice),
    ),
    entityArticles: childPageLoader((ids, _args: null, slice) => reader.entityArticles(ids, slice)),
    articleEntities: childPageLoader((ids, _args: null, slice) => reader.articleEntities(ids, slice)),
    articleRelations: childPageLoader((ids, _args: null, slice) => reader.articleRelations(ids, slice)),
  };
}

const EMPTY_PAGE: ChildPage<never> = { totalCount: 0, items: [] };

/** Groups the keys of a batch by (arguments, slice) and sends one query per group. */
function childPageLoader<A, T>(
  fetch: (ids: string[], args: A, slice: Slice) => Promise<Map<string, ChildPage<T>>>,
): DataLoader<ChildPageKey<A>, ChildPage<T>, string> {
  const groupOf = (key: ChildPageKey<A>) => JSON.stringify([key.args, key.slice]);
  const cacheKeyOf = (key: ChildPageKey<A>) => JSON.stringify([key.parentId, key.args, key.slice]);
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { args: A; slice: Slice; ids: string[] }>();
      for (const key of keys) {
        const group = groups.get(groupOf(key));
        if (group === undefined)
          groups.set(groupOf(key), { args: key.args, slice: key.slice, ids: [key.parentId] });
        else group.ids.push(key.parentId);
      }
      const pages = new Map<string, ChildPage<T>>();
      await Promise.all(
        [...groups.values()].map(async ({ args, slice, ids }) => {
          const byParent = await fetch(ids, args, slice);
          for (const parentId of ids) {
            pages.set(cacheKeyOf({ parentId, args, slice }), byParent.get(parentId) ?? EMPTY_PAGE);
          }
        }),
      );
      return keys.map((key) => pages.get(cacheKeyOf(key)) ?? EMPTY_PAGE);
    },
    { cacheKeyFn: cacheKeyOf },
  );
}
