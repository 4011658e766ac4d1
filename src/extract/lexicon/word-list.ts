/**
 * A sorted list of words held as packed strings (see packed-strings.ts): a few megabytes where a Set of
 * 275,000 strings takes thirty.
 */
import { PackedStrings } from '../packed-strings';

export class WordList {
  private readonly words: PackedStrings;

  constructor(words: readonly string[]) {
    this.words = new PackedStrings([...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  has(word: string): boolean {
    return this.words.indexOf(word) >= 0;
  }
}
