/** The analysed text every later stage reads: tokens with offsets into the original, and sentences. */
import type { PartOfSpeech } from 'wink-nlp';

export type Pos = PartOfSpeech;

export interface Token {
  readonly index: number;
  /** Surface form as in the normalized text (straight quotes, split glued words). */
  readonly text: string;
  readonly lower: string;
  /** Lower-case lemma. */
  readonly lemma: string;
  /** Universal part of speech, after our corrections (nlp/pos-fixes.ts). */
  pos: Pos;
  /** wink's token kind: word, number, punctuation, currency, url, email, ... */
  readonly kind: string;
  /** Offsets into the ORIGINAL text. */
  readonly start: number;
  readonly end: number;
  readonly spaceBefore: boolean;
  /** A line break precedes the token: headlines and captions end without a full stop. */
  readonly lineBefore: boolean;
  /** A space was inserted before the token to split a glued word ("FranceUnited"): a name boundary. */
  readonly splitBefore: boolean;
  sentence: number;
}

export interface SentenceSpan {
  readonly index: number;
  /** Token range [first, last + 1). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/** A numeric or temporal expression wink recognised (DATE, MONEY, CARDINAL, PERCENT, DURATION, ...). */
export interface NumericSpan {
  readonly type: string;
  readonly first: number;
  readonly last: number;
}

export interface AnalysedText {
  readonly original: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceSpan[];
  readonly numerics: readonly NumericSpan[];
}

export function isCapitalized(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

export function spanText(analysed: AnalysedText, first: number, last: number): string {
  const a = analysed.tokens[first];
  const b = analysed.tokens[last];
  return a === undefined || b === undefined ? '' : analysed.original.slice(a.start, b.end);
}
