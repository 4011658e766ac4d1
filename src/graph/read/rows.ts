/** The shapes the read queries (cypher/read) return, after GraphDatabase made them plain objects. */

/**
 * An entity as the reads project it. A compiled statement (entity-relations-statement.ts) leaves out the
 * optional properties no field of its request reads: aliases, attributes, firstSeen and lastSeen are then
 * absent.
 */
export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
  /** [key, value] pairs of the properties the writer listed in attributeKeys. */
  readonly attributes?: readonly (readonly [string, unknown])[];
  /** null or absent when the statement did not compute it (the selection did not ask): see entity-mention-counts. */
  readonly mentionCount?: number | null;
  /** YYYY-MM-DD (write/entity-stats.cypher); null on an entity not yet given its figures. */
  readonly firstSeen?: string | null;
  readonly lastSeen?: string | null;
}

export interface ArticleRow {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly ingestedAt: string;
  /**
   * Absent where a statement does not read it (the articles of a page of evidence): Article.text then
   * reads it through article-texts.cypher, only when a request asks for it.
   */
  readonly text?: string;
}

/** One fact relationship: one sentence of one article that states the relation. */
export interface FactRow {
  readonly articleId: string;
  readonly sentenceIndex: number;
  readonly evidence: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly confidence: number | null;
  readonly date: string | null;
}

/** What identifies a relation: the facts with the same five values form one relation. */
export interface RelationKey {
  readonly subjectId: string;
  readonly predicate: string;
  readonly objectId: string;
  readonly negated: boolean;
  readonly modality: string | null;
}

export interface RelationRow extends RelationKey {
  /** Sort key: predicate, subject id, object id, negated, modality joined by U+0001. */
  readonly key: string;
  readonly facts: readonly FactRow[];
}

/** A row of a keyset-paginated listing: the id and the sort key its cursor carries. */
export interface KeyedId {
  readonly id: string;
  readonly key: string;
}

/** One page of the children of one parent (an entity's relations, an article's entities…). */
export interface ChildPage<T> {
  readonly totalCount: number;
  /** At most the limit asked for (first + 1: one more tells whether there is a next page). */
  readonly items: readonly T[];
}
