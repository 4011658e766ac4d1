/**
 * Turns what a person types into a Lucene query for the entity_names full-text index. Only words
 * (letters and digits of any script) survive, lower-cased, so no Lucene syntax from the user ever reaches
 * the parser (quotes, brackets, `AND`, `*`, `~`, `\`); each word becomes
 *   word^4 OR word*^2 OR word~N
 * an exact match first, a prefix next (for typing ahead), then an edit-distance match for typos and other
 * spellings: "Lukashenka" finds Lukashenko (1 edit), "Kiev" finds Kyiv (2 edits). Words join with OR and
 * Lucene's scoring puts entities matching more of them first. Dotted abbreviations are one word ("U.S." is
 * "us", as the alias "US" is indexed), and names the text is known to stand for ("America": "United
 * States") are added as phrases.
 */
export const MAX_SEARCH_TERMS = 8;
/** "U.S.", "U.N", "e.g.": single letters joined by dots. */
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}])(?:\p{L}\.)+\p{L}\.?(?![\p{L}\p{N}])/gu;

export function searchTerms(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .replace(DOTTED_ABBREVIATION, (abbreviation) => abbreviation.replace(/\./g, ''))
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

/** Edits allowed: none for 1-2 letters (too many neighbours), 1 for 3, 2 (Lucene's maximum) from 4 on. */
export function fuzziness(term: string): number {
  const length = [...term].length;
  if (length <= 2) return 0;
  if (length === 3) return 1;
  return 2;
}

/** The Lucene query, or null when the text has no word to search for. */
export function buildLuceneQuery(text: string, knownNames: readonly string[] = []): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const phrases = knownNames
    .map((name) => searchTerms(name).join(' '))
    .filter((phrase) => phrase !== '')
    .map((phrase) => `"${phrase}"^6`);
  return [...terms.map(termQuery), ...phrases].join(' OR ');
}

function termQuery(term: string): string {
  const clauses = [`${term}^4`];
  if ([...term].length >= 3) clauses.push(`${term}*^2`);
  const edits = fuzziness(term);
  if (edits > 0) clauses.push(`${term}~${edits}`);
  return `(${clauses.join(' OR ')})`;
}
