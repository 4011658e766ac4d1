/**
 * Compiles what a request asks below some entities into the second half of one statement: each entity,
 * one page of its relations, and, as asked, the entities at the relations' ends and the articles of their
 * evidence. The head that finds the entities is a file of cypher/read: entities-with-relations.cypher (by
 * id) or entities-page-with-relations.cypher (a page of Query.entities, composed by entity-page.ts).
 *
 * The statement is compiled rather than one text with flags, because Neo4j does the work a text names
 * even when a flag turns its result off, and sends every projected value over Bolt. On the benchmark's
 * graph (bench:api's, 2,212 articles), through the driver alone at 16 connections, the compiled forms ran
 * about 1.35 times as many statements a second as the one text with flags for bench:api's countries
 * query and 1.15 times for its entity query. What the selection decides:
 * - which entity properties are projected (`fields`; the id always, a mention count only when asked),
 * - whether the relations are counted: `totalCount` keeps every key of an entity's relations to count
 *   them; without it the page is the top of the sort (`ORDER BY … LIMIT`), so a hub's relations are
 *   never all collected,
 * - whether the page's facts, its ends and its articles are read at all.
 * The variants are few (flags and a subset of six fields), so Neo4j's plan cache holds them all.
 *
 * Params: $direction 'OUT'|'IN'|'BOTH', $predicate String|null, $relationsAfter String|null (sort key of
 *   the last relation seen), $relationsLimit Int (first + 1)
 * Columns: entity, totalCount (null when not counted), relations (as entity-relations: key, subjectId,
 *   predicate, objectId, negated, modality, facts), endpoints [entity], articles [article, no text]
 */

/** Entity properties a statement may leave out when no field of the request reads them. */
export const OPTIONAL_ENTITY_FIELDS = ['aliases', 'attributes', 'firstSeen', 'lastSeen'] as const;
export type OptionalEntityField = (typeof OPTIONAL_ENTITY_FIELDS)[number];

/** What a compiled statement reads besides the entities' ids, names, types and one page of relations. */
export interface RelationsInclude {
  /** The entities at the relations' ends. */
  readonly endpoints: boolean;
  /** The articles of the relations' evidence. */
  readonly articles: boolean;
  /** The entities' mention counts (null otherwise). */
  readonly mentionCounts: boolean;
  /** The ends' mention counts (null otherwise). */
  readonly endpointMentionCounts: boolean;
  /** The facts of the page's relations (their confidence, date, evidence); [] otherwise. */
  readonly facts: boolean;
  /** How many relations each entity has (null otherwise). */
  readonly totalCount: boolean;
  /** The optional properties of every entity returned (the others come back absent). */
  readonly fields: readonly OptionalEntityField[];
}

/** Everything: what a caller that does not know its selection asks for. */
export const INCLUDE_ALL: RelationsInclude = {
  endpoints: true,
  articles: true,
  mentionCounts: true,
  endpointMentionCounts: true,
  facts: true,
  totalCount: true,
  fields: OPTIONAL_ENTITY_FIELDS,
};

const PROJECTIONS: Readonly<Record<OptionalEntityField, (v: string) => string>> = {
  aliases: (v) => `aliases: coalesce(${v}.aliases, [])`,
  attributes: (v) => `attributes: [key IN coalesce(${v}.attributeKeys, []) | [key, ${v}[key]]]`,
  firstSeen: () => '.firstSeen',
  lastSeen: () => '.lastSeen',
};

/**
 * An entity as the API reads it (entities-by-id's columns), with only the optional properties asked for;
 * mentionCount (kept by write/entity-stats.cypher; summed over MENTIONS before that) when `mentionCount`.
 */
export function entityProjection(
  v: string,
  fields: readonly OptionalEntityField[],
  mentionCount: boolean,
): string {
  const parts = [
    '.id',
    '.name',
    '.type',
    ...OPTIONAL_ENTITY_FIELDS.filter((f) => fields.includes(f)).map((f) => PROJECTIONS[f](v)),
  ];
  if (mentionCount) {
    parts.push(
      `mentionCount: coalesce(${v}.mentionCount, reduce(total = 0, n IN [(:Article)-[m:MENTIONS]->(${v}) | coalesce(m.count, 1)] | total + n))`,
    );
  }
  return `${v} {${parts.join(', ')}}`;
}

/**
 * The relations of `e` with the given direction and predicate, one row per relation (its five-part key),
 * with its facts (`rs`) when `facts`. Each direction follows its own pattern, so an entity's incoming
 * MENTIONS are never expanded for its outgoing relations.
 *
 * With `factTypes` (the predicates in use, FactTypes), the incoming facts are expanded by type, which
 * skips the MENTIONS of an entity many articles mention (Neo4j groups a dense node's relationships by type
 * and direction). The list may be stale, so the typed expansion is used only when it found every incoming
 * relationship that is not a MENTIONS; both counts are degree lookups, read from the node or its
 * relationship groups. Otherwise the untyped expansion runs, as without a list. A relationship of a
 * predicate's type between two entities is a fact: the write path gives each one its articleId, which the
 * untyped expansion tests to tell facts from anything else.
 */
function relationsOf(facts: boolean, factTypes: readonly string[] | null): string {
  const where = '($predicate IS NULL OR type(r) = $predicate)';
  const branch = (skip: string, pattern: string) =>
    `    WITH e WHERE $direction <> '${skip}'
    MATCH ${pattern}
    WHERE r.articleId IS NOT NULL AND ${where}
    RETURN r`;
  const incoming =
    factTypes === null
      ? branch('OUT', '(e)<-[r]-(:Entity)')
      : `    WITH e WHERE $direction <> 'OUT'
    WITH e, [(e)<-[r:${factTypes.map((type) => `\`${type}\``).join('|')}]-(:Entity) | r] AS typed
    UNWIND CASE WHEN size(typed) = COUNT { (e)<--() } - COUNT { (e)<-[:MENTIONS]-() } THEN typed
                ELSE [(e)<-[r]-(:Entity) WHERE r.articleId IS NOT NULL | r] END AS r
    WITH r WHERE ${where}
    RETURN r`;
  return `  CALL (e) {
${branch('IN', '(e)-[r]->(:Entity)')}
    UNION ALL
${incoming}
  }
  WITH ${facts ? '' : 'DISTINCT '}startNode(r) AS s, type(r) AS predicate, endNode(r) AS o,
       coalesce(r.negated, false) AS negated, r.modality AS modality${facts ? ', collect(r) AS rs' : ''}
  WITH s, predicate, o, negated, modality${facts ? ', rs' : ''},
       predicate + '\\u0001' + s.id + '\\u0001' + o.id + '\\u0001' + toString(negated) + '\\u0001'
         + coalesce(modality, '') AS key`;
}

/**
 * The rest of the statement after a head that binds `e`; `carry` are other variables of the head that
 * `columns` (returned after the others) read.
 */
export function relationsTail(
  include: RelationsInclude,
  carry: readonly string[] = [],
  extraColumns: readonly string[] = [],
  factTypes: readonly string[] | null = null,
): string {
  const row = `{key: key, s: s, predicate: predicate, o: o, negated: negated, modality: modality${include.facts ? ', rs: rs' : ''}}`;
  const page = include.totalCount
    ? `  ORDER BY key
  WITH collect(${row}) AS keyed
  RETURN size(keyed) AS totalCount,
         [k IN keyed WHERE $relationsAfter IS NULL OR k.key > $relationsAfter][..$relationsLimit] AS picked`
    : `  WHERE $relationsAfter IS NULL OR key > $relationsAfter
  WITH * ORDER BY key LIMIT $relationsLimit
  WITH collect(${row}) AS picked
  RETURN null AS totalCount, picked`;
  const facts = include.facts
    ? '[f IN k.rs | f {.articleId, .sentenceIndex, .evidence, .start, .end, .confidence, .date}]'
    : '[]';
  const columns = [
    `${entityProjection('e', include.fields, include.mentionCounts)} AS entity`,
    'totalCount',
    'page AS relations',
    include.endpoints
      ? `COLLECT {
  UNWIND [k IN picked | k.s] + [k IN picked | k.o] AS x
  WITH DISTINCT x
  RETURN ${entityProjection('x', include.fields, include.endpointMentionCounts)}
} AS endpoints`
      : '[] AS endpoints',
    include.articles && include.facts
      ? `COLLECT {
  UNWIND [k IN picked | [f IN k.rs | f.articleId]] AS articleIds
  UNWIND articleIds AS articleId
  WITH DISTINCT articleId
  MATCH (a:Article {id: articleId})
  RETURN a {.id, .title, .source, .url, .publishedAt, ingestedAt: toString(a.ingestedAt)}
} AS articles`
      : '[] AS articles',
    ...extraColumns,
  ];
  return `CALL (e) {
${relationsOf(include.facts, factTypes)}
${page}
}
WITH e, totalCount, picked${carry.map((v) => `, ${v}`).join('')},
     [k IN picked | {key: k.key, subjectId: k.s.id, predicate: k.predicate, objectId: k.o.id, negated: k.negated,
                     modality: k.modality, facts: ${facts}}] AS page
RETURN ${columns.join(',\n')}`;
}
