/**
 * Name normalization for matching predicted names against gold names: case, accents, curly quotes,
 * possessives, abbreviation dots, hyphens and a leading "the" do not make two names different.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/(\w)'(?=\s|$)/g, '$1')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

/** The words of a normalized name, for keyword matching. */
export function wordsOf(name: string): readonly string[] {
  const normalized = normalizeName(name);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Whether `form` occurs in `text` as whole words, both compared after normalization. */
export function occursIn(form: string, normalizedText: string): boolean {
  const needle = normalizeName(form);
  return needle !== '' && ` ${normalizedText} `.includes(` ${needle} `);
}
