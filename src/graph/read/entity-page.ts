/**
 * Query.entities' orders, each an index-backed statement of its own (cypher/read/entities-by-*): Cypher
 * cannot take a sort direction or property as a parameter and still read an index in its order, so the
 * order picks the file. The figures sorted on are kept at write time (write/entity-stats.cypher).
 */

import { cypher } from '../cypher';
import { INCLUDE_ALL, relationsTail, type RelationsInclude } from './entity-relations-statement';

export const ENTITY_ORDER_KEYS = [
  'NAME_ASC',
  'NAME_DESC',
  'MENTION_COUNT_ASC',
  'MENTION_COUNT_DESC',
  'FIRST_SEEN_ASC',
  'FIRST_SEEN_DESC',
  'LAST_SEEN_ASC',
  'LAST_SEEN_DESC',
] as const;

export type EntityOrderKey = (typeof ENTITY_ORDER_KEYS)[number];

/** The stored property an order reads, in the index of the same name. */
export type EntitySortProperty = 'nameKey' | 'mentionCount' | 'firstSeen' | 'lastSeen';

export interface EntityFilter {
  /** Any of these types; null: any type. */
  readonly types: readonly string[] | null;
  /** Lower-cased: the names (lower-cased) that start with it. */
  readonly namePrefix: string | null;
  /** Case-insensitive substring of the name or an alias. */
  readonly nameContains: string | null;
  readonly articleId: string | null;
  readonly minMentions: number | null;
  readonly maxMentions: number | null;
}

/** Where a page of a sort starts: the sort's value, the name key and the id of the last entity seen. */
export interface EntityPosition {
  readonly value: string | number;
  readonly nameKey: string;
  readonly id: string;
}

/** The index seek's inclusive bounds on the sort property, the keyset position, and the rows wanted. */
export interface EntitySeek {
  readonly low: string | number;
  readonly high: string | number;
  readonly after: EntityPosition | null;
  readonly limit: number;
}

export type EntityPageRow = {
  readonly id: string;
  readonly value: string | number;
  readonly nameKey: string;
};

const STATEMENTS: Readonly<Record<EntityOrderKey, string>> = {
  NAME_ASC: 'read/entities-by-name-asc',
  NAME_DESC: 'read/entities-by-name-desc',
  MENTION_COUNT_ASC: 'read/entities-by-mentions-asc',
  MENTION_COUNT_DESC: 'read/entities-by-mentions-desc',
  FIRST_SEEN_ASC: 'read/entities-by-first-seen-asc',
  FIRST_SEEN_DESC: 'read/entities-by-first-seen-desc',
  LAST_SEEN_ASC: 'read/entities-by-last-seen-asc',
  LAST_SEEN_DESC: 'read/entities-by-last-seen-desc',
};

export function entityPageStatement(order: EntityOrderKey): string {
  return STATEMENTS[order];
}

/** The one type a filter asks for, or null (any type, or several). */
export function singleTypeOf(filter: Pick<EntityFilter, 'types'>): string | null {
  return filter.types !== null && new Set(filter.types).size === 1 ? (filter.types[0] as string) : null;
}

/**
 * The page statement the API runs: the order's file, or, when the filter asks for one type, the same
 * statement on the (type, property) composite index (schema.cypher), which reads that type's entities
 * only, in order. (The single-property index would read every entity before the page's first one of
 * that type: 5,261 index entries for 21 countries of a 10,000-entity graph, measured.) Params: the
 * file's, plus $type.
 */
export function entityPageCypher(order: EntityOrderKey, filter: Pick<EntityFilter, 'types'>): string {
  const statement = cypher(entityPageStatement(order));
  return singleTypeOf(filter) === null ? statement : typedPage(order, statement);
}

function typedPage(order: EntityOrderKey, statement: string): string {
  const property = sortPropertyOf(order);
  const direction = isDescending(order) ? 'DESC' : 'ASC';
  const typed = statement
    .replace(`USING INDEX e:Entity(${property})`, `USING INDEX e:Entity(type, ${property})`)
    .replace(`WHERE e.${property} >= $low`, `WHERE e.type = $type AND e.${property} >= $low`)
    .replace(/\nORDER BY /, `\nORDER BY e.type ${direction}, `);
  if ((typed.match(/e\.type = \$type|Entity\(type, |ORDER BY e\.type/g) ?? []).length !== 3) {
    throw new Error(`${entityPageStatement(order)} does not have the shape typedPage rewrites`);
  }
  return typed;
}

export function sortPropertyOf(order: EntityOrderKey): EntitySortProperty {
  if (order.startsWith('NAME_')) return 'nameKey';
  if (order.startsWith('MENTION_COUNT_')) return 'mentionCount';
  return order.startsWith('FIRST_SEEN_') ? 'firstSeen' : 'lastSeen';
}

export function isDescending(order: EntityOrderKey): boolean {
  return order.endsWith('_DESC');
}

/** Above every mention count (a JavaScript integer is exact up to 2^53). */
const MAX_MENTIONS = Number.MAX_SAFE_INTEGER;
/** Above every stored lower-cased name and YYYY-MM-DD day (UTF-16 order, as Neo4j compares strings). */
const HIGHEST_TEXT = '\uffff';

/**
 * The index seek for one page: the bounds the filter puts on the sorted property (a name prefix on
 * nameKey, a mention range on mentionCount), narrowed by the cursor's value in the sort's direction.
 */
export function entitySeek(
  order: EntityOrderKey,
  filter: EntityFilter,
  after: EntityPosition | null,
  limit: number,
): EntitySeek {
  const property = sortPropertyOf(order);
  let low: string | number;
  let high: string | number;
  if (property === 'mentionCount') {
    low = filter.minMentions ?? 0;
    high = filter.maxMentions ?? MAX_MENTIONS;
  } else if (property === 'nameKey' && filter.namePrefix !== null) {
    low = filter.namePrefix;
    high = filter.namePrefix + HIGHEST_TEXT;
  } else {
    low = '';
    high = HIGHEST_TEXT;
  }
  if (after !== null) {
    if (isDescending(order)) high = after.value < high ? after.value : high;
    else low = after.value > low ? after.value : low;
  }
  return { low, high, after, limit };
}

/**
 * The compiled page of Query.entities (entities-page-with-relations.cypher): the order's page statement
 * in a `CALL () { … }`, the entities' relations (and, as asked, their ends and articles) after it, and
 * the page's order (the page statement's ORDER BY, on the columns id, value and nameKey). `factTypes`:
 * as relationsTail's.
 */
export function entityPageWithRelationsStatement(
  order: EntityOrderKey,
  filter: Pick<EntityFilter, 'types'> = { types: null },
  include: RelationsInclude = INCLUDE_ALL,
  factTypes: readonly string[] | null = null,
): string {
  const page = entityPageCypher(order, filter);
  const orderBy = /\nORDER BY (?:e\.type \w+, )?([^\n]+)/.exec(page)?.[1];
  if (orderBy === undefined) throw new Error(`${entityPageStatement(order)} has no ORDER BY`);
  const outerOrder = orderBy
    .replace(/\be\.(mentionCount|firstSeen|lastSeen)\b/g, 'value')
    .replace(/\be\.nameKey\b/g, 'nameKey')
    .replace(/\be\.id\b/g, 'id');
  const tail = relationsTail(
    include,
    ['pageValue', 'pageNameKey'],
    ['e.id AS id', 'pageValue AS value', 'pageNameKey AS nameKey'],
    factTypes,
  );
  return `CALL () {\n${page}\n}\n${cypher('read/entities-page-with-relations')}\n${tail}\nORDER BY ${outerOrder}`;
}
