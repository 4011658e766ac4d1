/**
 * Names wink cuts apart: hyphenated names ("Mazar-e-Sharif", "ITAR-TASS", "Secretary-General",
 * "al-Tuffah") and title abbreviations it does not know ("Rev." read as "Rev" and "."). They are read as one
 * token, so a name is never cut at its hyphen and a title keeps its dot.
 */
import { isTitleWord } from '../lexicon/titles';
import type { RawToken } from './wink';

const LOWER_LINKS = new Set([
  'e',
  'i',
  'o',
  'y',
  'al',
  'el',
  'ul',
  'ud',
  'ed',
  'bin',
  'ibn',
  'de',
  'du',
  'la',
  'on',
]);
const LEADING_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu']);
const MAX_PIECES = 5;

/** How many raw tokens from `i` form one hyphenated name (1 when none). */
export function hyphenNameLength(tokens: readonly RawToken[], i: number): number {
  const first = tokens[i];
  if (first === undefined || !isWordPiece(first.value)) return 1;
  const leadsName = /^[A-Z][A-Za-z']+$/.test(first.value) || LEADING_PARTICLES.has(first.value);
  if (!leadsName) return 1;
  let end = i + 1;
  let pieces = 1;
  while (pieces < MAX_PIECES) {
    const hyphen = tokens[end];
    const piece = tokens[end + 1];
    if (hyphen?.value !== '-' || piece === undefined) break;
    if (hyphen.precedingSpaces.length > 0 || piece.precedingSpaces.length > 0) break;
    if (!isWordPiece(piece.value)) break;
    end += 2;
    pieces += 1;
  }
  if (pieces === 1) return 1;
  const last = (tokens[end - 1] as RawToken).value;
  const inner = tokens.slice(i + 2, end - 1).filter((t) => t.value !== '-');
  const innerOk = inner.every((t) => /^[A-Z]/.test(t.value) || LOWER_LINKS.has(t.value));
  return /^[A-Z]/.test(last) && innerOk ? end - i : 1;
}

/** 2 when the token and a dot glued to it make a title abbreviation ("Rev" "." -> "Rev."), else 1. */
export function titleAbbreviationLength(tokens: readonly RawToken[], i: number): number {
  const word = tokens[i];
  const dot = tokens[i + 1];
  if (word === undefined || dot?.value !== '.' || dot.precedingSpaces.length > 0) return 1;
  return /^[A-Z][a-z]{1,5}$/.test(word.value) && isTitleWord(`${word.value}.`) ? 2 : 1;
}

function isWordPiece(value: string): boolean {
  return (/^[A-Za-z][A-Za-z']*$/.test(value) && value.length > 1) || /^[a-z]$/.test(value);
}
