/** Character spans of names: widened to whole words (hyphens, apostrophes, HTML references) and trimmed. */
import type { Token } from '../../../nlp/annotation';
import { decodeEntities, referenceEndingAt, referenceStartingAt } from './html';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAlnum(c: string): boolean {
  return c !== '' && LETTER_OR_DIGIT.test(c);
}

function wordBefore(text: string, end: number, lo: number): string {
  let s = end;
  while (s > lo && isAlnum(text.charAt(s - 1))) s -= 1;
  return text.slice(s, end);
}

function wordAfter(text: string, start: number, hi: number): string {
  let e = start;
  while (e < hi && isAlnum(text.charAt(e))) e += 1;
  return text.slice(start, e);
}

/** A reference that stands for a letter ("&ccedil;"), not for punctuation ("&quot;"). */
function isLetterReference(text: string, from: number, to: number): boolean {
  return isAlnum(decodeEntities(text.slice(from, to)).charAt(0));
}

/**
 * Widens [start, end) to the whole word run it lies in, inside [lo, hi): "Coca" of "Coca-Cola", "Fran" of
 * "Fran&ccedil;ois", "O" of "O'Brien". A possessive "'s" and surrounding punctuation stay outside.
 */
export function widen(text: string, start: number, end: number, lo: number, hi: number): [number, number] {
  let s = start;
  for (;;) {
    if (s <= lo) break;
    const c = text.charAt(s - 1);
    if (isAlnum(c)) {
      s -= 1;
      continue;
    }
    if (
      (c === '-' || c === "'" || c === '\u2019' || c === '.') &&
      s - 2 >= lo &&
      isAlnum(text.charAt(s - 2))
    ) {
      // "Jean-", "O'", but not a sentence's full stop: "U.S" keeps its dots only between letters.
      if (c === '.' && !/^\p{Lu}$/u.test(text.charAt(s - 2))) break;
      // "pro-Russian": a lower-case word before a hyphen is no part of the name.
      if (c === '-' && /^\p{Ll}+$/u.test(wordBefore(text, s - 1, lo))) break;
      s -= 1;
      continue;
    }
    if (c === ';') {
      const amp = referenceEndingAt(text, s);
      if (amp >= lo && isLetterReference(text, amp, s)) {
        s = amp;
        continue;
      }
    }
    break;
  }
  let e = end;
  for (;;) {
    if (e >= hi) break;
    const c = text.charAt(e);
    if (isAlnum(c)) {
      e += 1;
      continue;
    }
    if ((c === '-' || c === '.') && e + 1 < hi && isAlnum(text.charAt(e + 1))) {
      // "London-based", "Californian-born": a lower-case word after a hyphen is no part of the name.
      if (c === '-' && /^\p{Ll}{2,}$/u.test(wordAfter(text, e + 1, hi))) break;
      e += 1;
      continue;
    }
    if ((c === "'" || c === '\u2019') && e + 1 < hi && isAlnum(text.charAt(e + 1))) {
      // "O'Brien" goes on; a possessive "'s" (followed by a non-letter) does not.
      const after = text.charAt(e + 2);
      if (/[sS]/.test(text.charAt(e + 1)) && !isAlnum(after)) break;
      e += 1;
      continue;
    }
    if (c === '&') {
      const close = referenceStartingAt(text, e);
      if (close > 0 && close <= hi && isLetterReference(text, e, close)) {
        e = close;
        continue;
      }
    }
    break;
  }
  return [s, e];
}

/** The 1-based first and last token of a sentence that overlap [start, end). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let first = 0;
  let last = -1;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.characterOffsetEnd <= start) lo = mid + 1;
    else hi = mid;
  }
  first = lo;
  last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.characterOffsetBegin < end) last += 1;
  return [first + 1, last + 1];
}

/** The reported form of a name: references decoded, white space collapsed. */
export function cleanName(raw: string): string {
  return decodeEntities(raw).replace(/\s+/g, ' ').trim();
}
