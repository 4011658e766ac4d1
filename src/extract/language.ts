/**
 * Is the text English? The extractor's lexicons and patterns are English: on other languages they would
 * read every capitalized noun as a name. Measured by the share of common English function words.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'with',
  'was',
  'as',
  'by',
  'said',
  'it',
  'at',
  'from',
  'he',
  'has',
  'have',
  'be',
  'are',
  'will',
  'not',
  'this',
  'an',
  'his',
  'they',
  'we',
  'but',
  'or',
  'which',
  'who',
  'were',
  'had',
  'their',
  'been',
  'its',
  'would',
  'after',
  'also',
  'she',
  'her',
]);
const WORD = /\p{L}+/gu;
const SAMPLE_WORDS = 3000;
const SAMPLE_CHARACTERS = 20_000;
const MIN_WORDS = 6;
const MIN_SHARE = 0.06;

export function looksEnglish(text: string): boolean {
  let words = 0;
  let english = 0;
  let latin = 0;
  for (const match of text.slice(0, SAMPLE_CHARACTERS).matchAll(WORD)) {
    const word = match[0];
    words += 1;
    if (/^[A-Za-z]+$/.test(word)) latin += 1;
    if (ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) english += 1;
    if (words >= SAMPLE_WORDS) break;
  }
  if (words < MIN_WORDS) return latin === words;
  return latin / words > 0.5 && english / words >= MIN_SHARE;
}
