/**
 * The queries behind the GraphQL API, one method per file of cypher/read. Every method is one round trip;
 * the batch methods take many parents at once so that the API's DataLoaders keep a request's round trips
 * bounded whatever the page sizes.
 */
import { int } from 'neo4j-driver';
import { cypher } from '../cypher';
import type { GraphDatabase } from '../database';
import { AnalyticsReader } from './analytics';
import {
  entityPageStatement,
  type EntityFilter,
  type EntityOrderKey,
  type EntityPageRow,
  type EntitySeek,
} from './entity-page';
import type { ArticleRow, ChildPage, EntityRow, KeyedId, RelationKey, RelationRow } from './rows';

export type RelationDirection = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter {
  /** Any of these predicates; null: any predicate. */
  readonly predicates: readonly string[] | null;
  readonly subjectId: string | null;
  readonly objectId: string | null;
  readonly articleId: string | null;
  readonly minConfidence: number | null;
  readonly maxConfidence: number | null;
  /** YYYY-MM-DD, inclusive, on the relation's date (its facts' latest). */
  readonly from: string | null;
  readonly to: string | null;
  readonly negated: boolean | null;
  readonly modality: string | null;
  /** The entity a fact is attributed to (reported speech). */
  readonly sourceId: string | null;
}

/** Keyset paging: the sort key of the last item seen (null: from the start) and how many rows to fetch. */
export interface Slice {
  readonly after: string | null;
  readonly limit: number;
}

export type PathHop = RelationKey;

/** What searchEntities looks for: a Lucene query, an acronym's letters, and whether numbers are wanted. */
export interface EntitySearch {
  readonly luceneQuery: string;
  /** "EU": also the entities whose capitalized words begin with these letters. */
  readonly acronym: string | null;
  /** Dates, amounts and quantities are searched only when the query has a digit. */
  readonly numeric: boolean;
}

export type EntitySearchRow = {
  readonly id: string;
  readonly score: number;
  readonly name: string;
  readonly aliases: readonly string[];
};

/** Entity types an acronym may stand for. */
const ACRONYM_TYPES = ['ORGANIZATION', 'COUNTRY', 'LOCATION', 'CITY', 'FACILITY'] as const;
/** Entity types whose names are numbers or dates. */
const NUMERIC_TYPES = ['DATE', 'MONEY', 'QUANTITY'] as const;

export class GraphReader {
  /** Timeline, co-occurrence and counts (cypher/read/timeline-*, co-occurring, entity-type-counts). */
  readonly analytics: AnalyticsReader;

  constructor(private readonly db: GraphDatabase) {
    this.analytics = new AnalyticsReader(db);
  }

  async entitiesById(ids: readonly string[]): Promise<EntityRow[]> {
    const rows = await this.db.read<{ entity: EntityRow }>(cypher('read/entities-by-id'), { ids }, 'api');
    return rows.map((row) => row.entity);
  }

  /** One index-backed page in the order asked for (entity-page.ts picks the statement). */
  async entitiesPage(
    filter: EntityFilter,
    order: EntityOrderKey,
    seek: EntitySeek,
  ): Promise<EntityPageRow[]> {
    return this.db.read<EntityPageRow>(
      cypher(entityPageStatement(order)),
      entityPageParams(filter, seek),
      'api',
    );
  }

  async entitiesCount(filter: EntityFilter): Promise<number> {
    return this.count('read/entities-count', entityFilterParams(filter));
  }

  async entityRelations(
    ids: readonly string[],
    direction: RelationDirection,
    predicate: string | null,
    slice: Slice,
  ): Promise<Map<string, ChildPage<RelationRow>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; relations: RelationRow[] }>(
      cypher('read/entity-relations'),
      { ids, direction, predicate, ...sliceParams(slice) },
      'api',
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.relations }]));
  }

  async entityArticles(ids: readonly string[], slice: Slice): Promise<Map<string, ChildPage<KeyedId>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; articles: KeyedId[] }>(
      cypher('read/entity-articles'),
      { ids, ...sliceParams(slice) },
      'api',
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.articles }]));
  }

  async articlesById(ids: readonly string[]): Promise<ArticleRow[]> {
    const rows = await this.db.read<{ article: ArticleRow }>(cypher('read/articles-by-id'), { ids }, 'api');
    return rows.map((row) => row.article);
  }

  async articlesPage(slice: Slice): Promise<KeyedId[]> {
    return this.db.read<{ id: string; key: string }>(
      cypher('read/articles-page'),
      { ...sliceParams(slice) },
      'api',
    );
  }

  async articlesCount(): Promise<number> {
    return this.count('read/articles-count', {});
  }

  async articleEntities(ids: readonly string[], slice: Slice): Promise<Map<string, ChildPage<KeyedId>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; entities: KeyedId[] }>(
      cypher('read/article-entities'),
      { ids, ...sliceParams(slice) },
      'api',
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.entities }]));
  }

  async articleRelations(ids: readonly string[], slice: Slice): Promise<Map<string, ChildPage<RelationRow>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; relations: RelationRow[] }>(
      cypher('read/article-relations'),
      { ids, ...sliceParams(slice) },
      'api',
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.relations }]));
  }

  async relationsByKey(keys: readonly RelationKey[]): Promise<RelationRow[]> {
    const params = keys.map(({ subjectId, predicate, objectId, negated, modality }) => ({
      subjectId,
      predicate,
      objectId,
      negated,
      modality,
    }));
    const rows = await this.db.read<{ relation: RelationRow }>(
      cypher('read/relations-by-key'),
      { keys: params },
      'api',
    );
    return rows.map((row) => row.relation);
  }

  async relationsPage(filter: RelationFilter, slice: Slice): Promise<RelationRow[]> {
    const rows = await this.db.read<{ relation: RelationRow }>(
      cypher('read/relations-page'),
      { ...filter, ...sliceParams(slice) },
      'api',
    );
    return rows.map((row) => row.relation);
  }

  async relationsCount(filter: RelationFilter): Promise<number> {
    return this.count('read/relations-count', { ...filter });
  }

  async predicates(): Promise<{ predicate: string; count: number }[]> {
    return this.db.read<{ predicate: string; count: number }>(cypher('read/predicates'), {}, 'api');
  }

  /** `luceneQuery` must come from buildLuceneQuery: raw user text would be parsed as Lucene syntax. */
  async searchEntities(search: EntitySearch, limit: number): Promise<EntitySearchRow[]> {
    return this.db.read<EntitySearchRow>(
      cypher('read/search-entities'),
      {
        query: search.luceneQuery,
        acronym: search.acronym,
        acronymTypes: [...ACRONYM_TYPES],
        numeric: search.numeric,
        numericTypes: [...NUMERIC_TYPES],
        limit: int(limit),
      },
      'api',
    );
  }

  /** The hops of the shortest chain of facts from `from` to `to`, or null when none within maxHops. */
  async shortestPath(from: string, to: string, maxHops: number): Promise<PathHop[] | null> {
    const rows = await this.db.read<{ hops: PathHop[] }>(
      cypher('read/shortest-path'),
      { from, to, maxHops: int(maxHops) },
      'api',
    );
    return rows[0]?.hops ?? null;
  }

  private async count(name: string, params: Record<string, unknown>): Promise<number> {
    const rows = await this.db.read<{ count: number }>(cypher(name), params, 'api');
    return rows[0]?.count ?? 0;
  }
}

function entityFilterParams(filter: EntityFilter) {
  return {
    types: filter.types,
    namePrefix: filter.namePrefix,
    nameContains: filter.nameContains,
    articleId: filter.articleId,
    minMentions: optionalInt(filter.minMentions),
    maxMentions: optionalInt(filter.maxMentions),
  };
}

function entityPageParams(filter: EntityFilter, seek: EntitySeek) {
  const { after } = seek;
  return {
    ...entityFilterParams(filter),
    low: cypherValue(seek.low),
    high: cypherValue(seek.high),
    after: after === null ? null : { value: cypherValue(after.value), nameKey: after.nameKey, id: after.id },
    limit: int(seek.limit),
  };
}

/** Mention counts are integers in the graph: compared as such, they keep the index seek exact. */
function cypherValue(value: string | number) {
  return typeof value === 'number' ? int(value) : value;
}

function optionalInt(value: number | null) {
  return value === null ? null : int(value);
}

/** LIMIT and list slices need Cypher integers; the driver sends JavaScript numbers as floats. */
function sliceParams(slice: Slice) {
  return { after: slice.after, limit: int(slice.limit) };
}
