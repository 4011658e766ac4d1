/** Working shapes shared by the stages between the analysed text and the output contract. */
import type { EntityType } from '../vocabulary';
import type { AttributeValue } from './types';

/** How a mention got its type: feeds the confidence of the relations read from it. */
export type TypeCue =
  | 'gazetteer'
  | 'lexicon'
  | 'title'
  | 'first-name'
  | 'head-word'
  | 'context'
  | 'propagated'
  | 'shape'
  | 'numeric'
  | 'event'
  | 'pattern';

export interface MentionDraft {
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  /** Offsets into the original text. */
  readonly start: number;
  readonly end: number;
  type: EntityType;
  /** The form the entity may be named by: title stripped, determiners dropped. */
  name: string;
  /** Identity shared by all spellings (a gazetteer key), when one is known. */
  key: string | null;
  /** Canonical name from a gazetteer ("Kyiv" for "Kiev"). */
  canonical: string | null;
  readonly attributes: Record<string, AttributeValue>;
  cue: TypeCue;
  /** First token of a title before the name ("President Lincoln"), for readers that want the full span. */
  titleFirst?: number;
  /** Head token of an event phrase ("invasion" in "Russia's invasion of Ukraine"). */
  head?: number;
  /** Index of the cluster this mention was resolved into. */
  entity: number;
}

export interface EntityDraft {
  readonly index: number;
  type: EntityType;
  name: string;
  key: string | null;
  readonly mentions: MentionDraft[];
  readonly attributes: Record<string, AttributeValue>;
}
