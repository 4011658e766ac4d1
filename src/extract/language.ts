/**
 * Is the text English? The extractor's lexicons and patterns are English: on other languages they would
 * read every capitalized noun as a name. Measured on lower-case words, which in English text are nearly all
 * dictionary words, and in German, French or Spanish text mostly not.
 */
import { isEnglishWord } from './lexicon/english-words';

const WORD = /\p{L}+/gu;
const SAMPLE_WORDS = 2000;
const SAMPLE_CHARACTERS = 20_000;
const MIN_LOWER_WORDS = 3;
const MIN_ENGLISH_SHARE = 0.75;

export function looksEnglish(text: string): boolean {
  let words = 0;
  let latin = 0;
  let lower = 0;
  let english = 0;
  for (const match of text.slice(0, SAMPLE_CHARACTERS).matchAll(WORD)) {
    const word = match[0];
    words += 1;
    if (/^[A-Za-z]+$/.test(word)) latin += 1;
    if (/^[a-z]+$/.test(word)) {
      lower += 1;
      if (isEnglishWord(word)) english += 1;
    }
    if (words >= SAMPLE_WORDS) break;
  }
  if (words === 0 || latin / words <= 0.5) return false;
  return lower < MIN_LOWER_WORDS || english / lower >= MIN_ENGLISH_SHARE;
}
