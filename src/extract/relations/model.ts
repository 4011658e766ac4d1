/** Relations while they are being read: arguments are entity indices with the span they were read from. */
import type { MentionDraft } from '../model';
import type { CharRange } from '../types';

export interface ArgumentRef {
  readonly entity: number;
  readonly span: CharRange;
  /** How the argument was found; lowers confidence when indirect. */
  readonly via: 'mention' | 'pronoun' | 'relative' | 'demonym' | 'metonymy' | 'coordination';
  /** The mention itself, when the argument is one. */
  readonly mention?: MentionDraft;
}

export interface RelationDraft {
  readonly subject: ArgumentRef;
  readonly predicate: string;
  readonly object: ArgumentRef;
  readonly sentence: number;
  readonly negated: boolean;
  readonly modality: string | null;
  readonly construction: string;
  /** Confidence of the construction alone, before argument penalties (confidence.ts). */
  readonly base: number;
  readonly trigger: CharRange;
  /** Predicate came from the vocabulary (true) or is a bare lemma (false). */
  readonly known: boolean;
  /** Lemma of the verb it was read from, when it was read from a verb. */
  readonly verb?: string;
  attributedTo?: number;
}
