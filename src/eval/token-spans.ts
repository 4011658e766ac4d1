/**
 * Between character offsets of `tokens.join(' ')` (what the extractor reads) and token offsets (what
 * CoNLL04 annotates). A span whose edges fall inside tokens is snapped outward to whole tokens, since a
 * token-level annotation cannot split a token (the extractor may drop the period of "Ball."); the caller
 * counts snapped spans so the report shows how often it happens.
 */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  /** The character span did not fall on token boundaries. */
  readonly snapped: boolean;
}

export interface TokenOffsets {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function tokenOffsets(tokens: readonly string[]): TokenOffsets {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const token of tokens) {
    starts.push(at);
    ends.push(at + token.length);
    at += token.length + 1;
  }
  return { starts, ends };
}

/** The whole tokens covering [start, end), or null when the span covers no token. */
export function toTokenSpan(offsets: TokenOffsets, start: number, end: number): TokenSpan | null {
  const first = offsets.ends.findIndex((tokenEnd) => tokenEnd > start);
  let last = -1;
  offsets.starts.forEach((tokenStart, i) => {
    if (tokenStart < end) last = i;
  });
  if (first < 0 || last < first) return null;
  const snapped = offsets.starts[first] !== start || offsets.ends[last] !== end;
  return { start: first, end: last + 1, snapped };
}
