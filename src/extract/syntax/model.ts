/**
 * The seam inside the syntax extractor: the entity stage (NER mentions, gazetteers, coreference) hands
 * the relation stage a table of entities and a way to find which entity a token belongs to; the relation
 * stage reads dependency paths between them and emits candidates; one PredicateChooser labels them and
 * one confidence function scores them.
 */
import type { EntityType } from '../../vocabulary';
import type { AttributeValue } from '../types';

/** A token position: sentence index (0-based) and token index inside it (1-based, as CoreNLP counts). */
export interface TokenRef {
  readonly sentence: number;
  readonly token: number;
}

/** One occurrence of an entity: tokens [first, last] of one sentence, both 1-based and inclusive. */
export interface SyntaxMention {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  /** The syntactic head of the mention (the token a dependency edge attaches to). */
  readonly head: number;
  /** How the mention was found: "ner", "gazetteer", "coref" (a pronoun or description), "phrase". */
  readonly source: 'ner' | 'gazetteer' | 'coref' | 'phrase';
  /** NER certainty of the label, 0..1, when the NER reported it. */
  readonly nerConfidence?: number;
}

export interface SyntaxEntity {
  /** Position in the entity table; stable for one (text, annotation). */
  readonly index: number;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly mentions: readonly SyntaxMention[];
}

/** The entity's mention that holds the token, if any. */
export function mentionAt(entity: SyntaxEntity, sentence: number, token: number): SyntaxMention | undefined {
  return entity.mentions.find((m) => m.sentence === sentence && m.first <= token && token <= m.last);
}

export interface EntityTable {
  readonly entities: readonly SyntaxEntity[];
  /** The entity a token belongs to (as part of a mention), if any. */
  entityAt(ref: TokenRef): SyntaxEntity | undefined;
}

/** A relation read from the tree before its predicate is chosen. */
export interface RelationCandidate {
  readonly subject: number;
  readonly object: number;
  readonly sentence: number;
  /** The trigger token (a verb, a nominalization's noun, an apposition's head), 1-based. */
  readonly trigger: number;
  /** The trigger's lemma with its particle or preposition, lower case: "impose ban on", "acquisition of". */
  readonly phrase: string;
  /** "active", "passive", "relative-clause", "apposition", "nominalization", "copula", "possessive"... */
  readonly construction: string;
  /** Dependency relations from subject to object through the trigger, e.g. ["nsubj", "obj"]. */
  readonly path: readonly string[];
  readonly negated: boolean;
  /** "may", "could", "will", "plan"...; null for a plain assertion. */
  readonly modality: string | null;
  /** Entity index of who said it, for facts inside reported speech. */
  readonly attributedTo?: number;
}
