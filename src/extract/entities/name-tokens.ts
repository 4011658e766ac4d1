/** Which tokens can be part of a proper name. */
import type { Token } from '../nlp/document';
import { DAY_NAMES, MONTH_NAMES, PRONOUNS } from '../lexicon/function-words';

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB', 'NUM']);
const UPPER_START = /^[A-Z\u00C0-\u00DE]/;

export function startsUpper(text: string): boolean {
  return UPPER_START.test(text);
}

export function isAcronym(text: string): boolean {
  return /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$/.test(text);
}

/** A capitalized word that may belong to a name: not a pronoun, a day, a month, or a function word. */
export function isNameToken(token: Token): boolean {
  if (token.kind === 'url') return true;
  if (!startsUpper(token.text) || token.kind === 'punctuation') return false;
  const shouted = token.text.length > 1 && token.text === token.text.toUpperCase();
  if (
    (PRONOUNS.has(token.lower) && !shouted) ||
    DAY_NAMES.has(token.lower) ||
    MONTH_NAMES.has(token.lower.replace(/\.$/, ''))
  ) {
    return false;
  }
  if (token.text === 'I' || token.text === 'A' || token.lower === "o'clock") return false;
  if (/^I['’](m|d|ll|ve)$/.test(token.text)) return false;
  // "PM2303111794", "94WD0125D": document and cable codes are no names.
  if (/\d(?:\D*\d){4}/.test(token.text)) return false;
  return NAME_POS.has(token.pos) || isAcronym(token.text) || shouted;
}

/** Lower-case words allowed inside a name between two capitalized words. */
export const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'y',
  'dos',
  'das',
  'ter',
  'ben',
  'abu',
]);
