/**
 * The extractor's output contract. Other tools read this JSON: change it only by adding fields.
 * All offsets are UTF-16 code-unit offsets into the original text (what JavaScript string indices are),
 * `end` exclusive.
 */
import type { EntityType } from '../vocabulary';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExtractedArticle {
  /** Given by the caller, or derived from the text's hash: the same text gives the same id. */
  readonly id: string;
  readonly title: string | null;
  /** YYYY-MM-DD, the date relative dates were resolved against. */
  readonly date: string | null;
  readonly sentences: readonly Sentence[];
}

/** A span of the original text inside one sentence. */
export interface Span {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Mention extends Span {
  /**
   * Where a title standing before the name starts ("President" in "President Lincoln"), when the mention
   * has one: the name itself never includes it; readers that want the titled span take [titleStart, end).
   */
  readonly titleStart?: number;
}

/** A character range of the original text, `end` exclusive. */
export interface CharRange {
  readonly start: number;
  readonly end: number;
}

export interface Evidence extends Span {
  /** The mention the relation's subject was read from (a pronoun's own span when it was resolved). */
  readonly subject?: CharRange;
  /** The mention the relation's object was read from. */
  readonly object?: CharRange;
  /** The words that carry the predicate (the verb group, the noun of a nominalization, a comma). */
  readonly trigger?: CharRange;
}

export type AttributeValue = string | number | boolean | readonly string[];

export interface ExtractedEntity {
  /** Stable within the article: the same input gives the same ids. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Other surface forms merged into this entity, without the canonical name. */
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly mentions: readonly Mention[];
}

export interface ExtractedRelation {
  readonly id: string;
  /** Entity ids. */
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  /** 0..1; see src/extract/README or the main README for how it is computed. */
  readonly confidence: number;
  readonly negated: boolean;
  /** e.g. "may", "could", "will", "reported"; null for a plain assertion. */
  readonly modality: string | null;
  /** YYYY-MM-DD when the sentence dates the fact. */
  readonly date: string | null;
  readonly evidence: readonly Evidence[];
  /** Entity id of who reported the fact ("X said S": S's facts are attributed to X), when reported. */
  readonly attributedTo?: string;
  /** How the relation was read: "active", "passive", "relative-clause", "apposition", "nominalization"... */
  readonly construction?: string;
}

export interface Extraction {
  readonly article: ExtractedArticle;
  readonly entities: readonly ExtractedEntity[];
  readonly relations: readonly ExtractedRelation[];
}

export interface ExtractOptions {
  readonly id?: string;
  readonly title?: string;
  /** YYYY-MM-DD: relative dates ("Monday", "last week") resolve against it. */
  readonly date?: string;
}
