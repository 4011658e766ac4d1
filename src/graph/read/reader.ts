/**
 * The queries behind the GraphQL API, one method per file of cypher/read. Every method is one round trip;
 * the batch methods take many parents at once so that the API's DataLoaders keep a request's round trips
 * bounded whatever the page sizes.
 */
import { int } from 'neo4j-driver';
import { isEntityType, labelOf } from '../../vocabulary';
import { cypher } from '../cypher';
import type { FactTypeSource } from './fact-types';
import type { ReadRunner } from './read-transaction';
import { AnalyticsReader } from './analytics';
import {
  entityPageCypher,
  entityPageWithRelationsStatement,
  singleTypeOf,
  type EntityFilter,
  type EntityOrderKey,
  type EntityPageRow,
  type EntitySeek,
} from './entity-page';
import {
  entityProjection,
  OPTIONAL_ENTITY_FIELDS,
  type OptionalEntityField,
  relationsTail,
  type RelationsInclude,
} from './entity-relations-statement';
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

/** A row of entities-page-with-relations: the page's id and key, then as entities-with-relations. */
export type EntityPageWithRelationsRow = EntityWithRelationsRow & EntityPageRow;

/** Which relations of an entity: the arguments of Entity.relations, as the API passes them down. */
export interface RelationPageArgsRow {
  readonly direction: RelationDirection;
  readonly predicate: string | null;
}

export type EntityWithRelationsRow = {
  readonly entity: EntityRow;
  /** null when the statement did not count them (RelationsInclude.totalCount). */
  readonly totalCount: number | null;
  readonly relations: RelationRow[];
  /** The entities at the ends of those relations, when asked for. */
  readonly endpoints: EntityRow[];
  /** The articles of those relations' evidence, when asked for. */
  readonly articles: ArticleRow[];
};

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
  /** The whole entity, so the hits need no second statement (mentionCount only when asked). */
  readonly entity: EntityRow;
};

/** Entity types an acronym may stand for. */
const ACRONYM_TYPES = ['ORGANIZATION', 'COUNTRY', 'LOCATION', 'CITY', 'FACILITY'] as const;
/** Entity types whose names are numbers or dates. */
const NUMERIC_TYPES = ['DATE', 'MONEY', 'QUANTITY'] as const;

export class GraphReader {
  /** Timeline, co-occurrence and counts (cypher/read/timeline-*, co-occurring, entity-type-counts). */
  readonly analytics: AnalyticsReader;

  /**
   * `db`: the request's shared read transaction in the API, OwnTransactions elsewhere. `factTypes`: the
   * predicates in use, when known, so that compiled statements expand an entity's facts by type.
   */
  constructor(
    private readonly db: ReadRunner,
    private readonly factTypes: FactTypeSource | null = null,
  ) {
    this.analytics = new AnalyticsReader(db);
  }

  async entitiesById(ids: readonly string[]): Promise<EntityRow[]> {
    const rows = await this.db.read<{ entity: EntityRow }>(cypher('read/entities-by-id'), { ids });
    return rows.map((row) => row.entity);
  }

  /** One index-backed page in the order asked for (entity-page.ts picks the statement). */
  async entitiesPage(
    filter: EntityFilter,
    order: EntityOrderKey,
    seek: EntitySeek,
  ): Promise<EntityPageRow[]> {
    return this.db.read<EntityPageRow>(entityPageCypher(order, filter), entityPageParams(filter, seek));
  }

  /** Query.entities' totalCount: from the article, the name prefix or mention range, the text index (nameContains), or the count store (type alone). */
  async entitiesCount(filter: EntityFilter): Promise<number> {
    const params = entityFilterParams(filter);
    const { types, namePrefix, nameContains, articleId, minMentions, maxMentions } = filter;
    if (articleId !== null) return this.count('read/entities-count', params);
    if (namePrefix !== null) return this.count('read/entities-count-by-name-prefix', params);
    if (minMentions !== null || maxMentions !== null) {
      return this.count('read/entities-count-by-mentions', {
        types,
        nameContains,
        low: int(minMentions ?? 0),
        high: int(maxMentions ?? Number.MAX_SAFE_INTEGER),
      });
    }
    if (nameContains !== null) return this.count('read/entities-count-by-name', { types, nameContains });
    if (types === null) return this.count('read/entities-count-by-type', { labels: null });
    const labels = types.filter(isEntityType).map((type) => labelOf(type));
    return this.count('read/entities-count-by-type', { labels: [...new Set(labels)] });
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
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.relations }]));
  }

  /**
   * Entities with one page of their relations and, as asked, the entities at the relations' ends and the
   * articles of their evidence, in one statement (entities-with-relations.cypher).
   */
  async entitiesWithRelations(
    ids: readonly string[],
    args: RelationPageArgsRow,
    slice: Slice,
    include: RelationsInclude,
  ): Promise<EntityWithRelationsRow[]> {
    const statement = entitiesWithRelationsStatement(include, this.factTypes?.current() ?? null);
    return this.db.read<EntityWithRelationsRow>(statement, {
      ids,
      direction: args.direction,
      predicate: args.predicate,
      relationsAfter: slice.after,
      relationsLimit: int(slice.limit),
    });
  }

  async mentionCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.read<{ id: string; mentionCount: number }>(
      cypher('read/entity-mention-counts'),
      { ids },
    );
    return new Map(rows.map((row) => [row.id, row.mentionCount]));
  }

  /**
   * A page of Query.entities (entitiesPage's, every filter and order) with, for each entity, what
   * entitiesWithRelations gives, in one statement (entities-page-with-relations.cypher, composed by
   * entityPageWithRelationsStatement).
   */
  async entitiesPageWithRelations(
    filter: EntityFilter,
    order: EntityOrderKey,
    seek: EntitySeek,
    relations: { readonly args: RelationPageArgsRow; readonly slice: Slice },
    include: RelationsInclude,
  ): Promise<EntityPageWithRelationsRow[]> {
    return this.db.read<EntityPageWithRelationsRow>(
      entityPageWithRelationsStatement(order, filter, include, this.factTypes?.current() ?? null),
      {
        ...entityPageParams(filter, seek),
        direction: relations.args.direction,
        predicate: relations.args.predicate,
        relationsAfter: relations.slice.after,
        relationsLimit: int(relations.slice.limit),
      },
    );
  }

  async entityArticles(ids: readonly string[], slice: Slice): Promise<Map<string, ChildPage<KeyedId>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; articles: KeyedId[] }>(
      cypher('read/entity-articles'),
      { ids, ...sliceParams(slice) },
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.articles }]));
  }

  async articlesById(ids: readonly string[]): Promise<ArticleRow[]> {
    const rows = await this.db.read<{ article: ArticleRow }>(cypher('read/articles-by-id'), { ids });
    return rows.map((row) => row.article);
  }

  /** The texts of articles, by id (Article.text, for articles read without theirs). */
  async articleTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.read<{ id: string; text: string }>(cypher('read/article-texts'), { ids });
    return new Map(rows.map((row) => [row.id, row.text]));
  }

  async articlesPage(slice: Slice): Promise<KeyedId[]> {
    return this.db.read<{ id: string; key: string }>(cypher('read/articles-page'), { ...sliceParams(slice) });
  }

  async articlesCount(): Promise<number> {
    return this.count('read/articles-count', {});
  }

  async articleEntities(ids: readonly string[], slice: Slice): Promise<Map<string, ChildPage<KeyedId>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; entities: KeyedId[] }>(
      cypher('read/article-entities'),
      { ids, ...sliceParams(slice) },
    );
    return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.entities }]));
  }

  async articleRelations(ids: readonly string[], slice: Slice): Promise<Map<string, ChildPage<RelationRow>>> {
    const rows = await this.db.read<{ id: string; totalCount: number; relations: RelationRow[] }>(
      cypher('read/article-relations'),
      { ids, ...sliceParams(slice) },
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
    const rows = await this.db.read<{ relation: RelationRow }>(cypher('read/relations-by-key'), {
      keys: params,
    });
    return rows.map((row) => row.relation);
  }

  /**
   * A page of Query.relations: from the anchor's index when the filter names a subject, an object, an
   * article or a source; otherwise by reading every fact (of the predicates), the one read that still scans.
   */
  async relationsPage(filter: RelationFilter, slice: Slice): Promise<RelationRow[]> {
    const rows = await this.db.read<{ relation: RelationRow }>(
      cypher(isAnchored(filter) ? 'read/relations-page' : 'read/relations-page-unanchored'),
      { ...filter, ...sliceParams(slice) },
    );
    return rows.map((row) => row.relation);
  }

  /**
   * Query.relations' totalCount: from the anchor, from the counts kept per predicate (no other filter), or
   * else a scan of every fact (of the predicates).
   */
  async relationsCount(filter: RelationFilter): Promise<number> {
    if (isAnchored(filter)) return this.count('read/relations-count', { ...filter });
    const { predicates, minConfidence, maxConfidence, from, to, negated, modality } = filter;
    const unfiltered = [minConfidence, maxConfidence, from, to, negated, modality].every((v) => v === null);
    if (unfiltered) return this.count('read/relations-count-by-predicate', { predicates });
    return this.count('read/relations-count-unanchored', {
      predicates,
      minConfidence,
      maxConfidence,
      from,
      to,
      negated,
      modality,
    });
  }

  async predicates(): Promise<{ predicate: string; count: number }[]> {
    return this.db.read<{ predicate: string; count: number }>(cypher('read/predicates'), {});
  }

  /**
   * `luceneQuery` must come from buildLuceneQuery: raw user text would be parsed as Lucene syntax.
   * `fields` and `mentionCounts`: what the entities of the hits bring (the request's selection).
   */
  async searchEntities(
    search: EntitySearch,
    limit: number,
    mentionCounts = true,
    fields: readonly OptionalEntityField[] = OPTIONAL_ENTITY_FIELDS,
  ): Promise<EntitySearchRow[]> {
    return this.db.read<EntitySearchRow>(searchEntitiesStatement(fields, mentionCounts), {
      query: search.luceneQuery,
      acronym: search.acronym,
      acronymTypes: [...ACRONYM_TYPES],
      numeric: search.numeric,
      numericTypes: [...NUMERIC_TYPES],
      limit: int(limit),
    });
  }

  /** The hops of the shortest chain of facts from `from` to `to`, or null when none within maxHops. */
  async shortestPath(from: string, to: string, maxHops: number): Promise<PathHop[] | null> {
    const rows = await this.db.read<{ hops: PathHop[] }>(cypher('read/shortest-path'), {
      from,
      to,
      maxHops: int(maxHops),
    });
    return rows[0]?.hops ?? null;
  }

  private async count(name: string, params: Record<string, unknown>): Promise<number> {
    const rows = await this.db.read<{ count: number }>(cypher(name), params);
    return rows[0]?.count ?? 0;
  }
}

/** A subject, an object, an article or a source to start from: relations-page.cypher reads from its index. */
function isAnchored(filter: RelationFilter): boolean {
  return (
    filter.subjectId !== null ||
    filter.objectId !== null ||
    filter.articleId !== null ||
    filter.sourceId !== null
  );
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
    type: singleTypeOf(filter),
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

/**
 * entities-with-relations.cypher (the entities by id) and the relations the selection asks for;
 * `factTypes`: as relationsTail's.
 */
export function entitiesWithRelationsStatement(
  include: RelationsInclude,
  factTypes: readonly string[] | null = null,
): string {
  return `${cypher('read/entities-with-relations')}\n${relationsTail(include, [], [], factTypes)}`;
}

/** search-entities.cypher and its RETURN, the hits' entities with the properties asked for. */
export function searchEntitiesStatement(
  fields: readonly OptionalEntityField[],
  mentionCounts: boolean,
): string {
  return `${cypher('read/search-entities')}
RETURN node.id AS id, score, node.name AS name, coalesce(node.aliases, []) AS aliases,
       ${entityProjection('node', fields, mentionCounts)} AS entity
ORDER BY score DESC, id`;
}
