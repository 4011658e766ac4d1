/**
 * Glued words in badly edited copy. "FranceUnited Kingdom" and "ItalyJapan" are split where both sides are
 * known names; "Putinan" is split into a name the article uses on its own ("Putin") and a short function
 * word ("an"). Returns the original indices before which a space goes.
 */
import { gazetteer } from './gazetteer';
import { isEnglishWord, isFirstName } from './lexicon/english-words';
import { GLUE_WORDS } from './lexicon/function-words';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations';

const CAMEL_WORD = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g;
const CAPITALIZED_WORD = /\b[A-Z][a-z]+\b/g;
const FOLLOWING_WORDS = /^(?:\s+[A-Z][a-z]+){0,2}/;

export function findGlueSplits(text: string): number[] {
  const splits = new Set<number>();
  for (const match of text.matchAll(CAMEL_WORD)) {
    for (const at of camelSplits(text, match[0], match.index)) splits.add(at);
  }
  for (const at of glueSplits(text)) splits.add(at);
  return [...splits].sort((a, b) => a - b);
}

function isKnownName(name: string): boolean {
  const place = gazetteer().place(name);
  return (place !== undefined && place.major) || KNOWN_ORGANIZATIONS.has(name);
}

/** Every split point inside "FranceUnitedKingdom" such that all parts (with the words after) are known. */
function camelSplits(text: string, word: string, index: number): number[] {
  const parts = word.split(/(?=[A-Z])/);
  const following =
    FOLLOWING_WORDS.exec(text.slice(index + word.length, index + word.length + 60))?.[0] ?? '';
  const points: number[] = [];
  let offset = 0;
  let current = '';
  for (let p = 0; p < parts.length; p += 1) {
    const part = parts[p] as string;
    current += part;
    offset += part.length;
    const last = p === parts.length - 1;
    if (!last && isKnownName(current)) {
      points.push(index + offset);
      current = '';
    }
  }
  if (points.length === 0) return [];
  const tail = word.slice((points[points.length - 1] as number) - index);
  return knownWithFollowing(tail, following) ? points : [];
}

function knownWithFollowing(tail: string, following: string): boolean {
  const words = following
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  for (let n = words.length; n >= 0; n -= 1) {
    if (isKnownName([tail, ...words.slice(0, n)].join(' '))) return true;
  }
  return false;
}

function glueSplits(text: string): number[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(CAPITALIZED_WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  const points: number[] = [];
  for (const match of text.matchAll(CAPITALIZED_WORD)) {
    const word = match[0];
    if ((counts.get(word) ?? 0) > 2 || isEnglishWord(word.toLowerCase()) || isFirstName(word)) continue;
    if (gazetteer().place(word) !== undefined || gazetteer().demonymOf(word) !== undefined) continue;
    const glue = GLUE_WORDS.find((g) => word.endsWith(g) && word.length - g.length >= 4);
    if (glue === undefined) continue;
    const name = word.slice(0, word.length - glue.length);
    if ((counts.get(name) ?? 0) >= 2) points.push(match.index + name.length);
  }
  return points;
}
