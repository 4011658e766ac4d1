/**
 * Character clean-up that keeps offsets: every replacement is one UTF-16 unit for one unit, so an index into
 * the normalized text is an index into the original. Splitting glued words (splitting.ts) is the only step
 * that inserts characters, and it keeps its own offset map.
 */

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u0060': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2026': '.',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u200B': ' ',
  '\u200C': ' ',
  '\u200D': ' ',
  '\u2060': ' ',
  '\uFEFF': ' ',
  '\u00AD': ' ',
  '\t': ' ',
  '\f': '\n',
  '\u000B': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u0085': '\n',
};

// A string, not a literal: the class names control characters on purpose.
const ODD_CHARACTERS = new RegExp(
  // eslint-disable-next-line no-control-regex -- tab, form feed and vertical tab are replaced on purpose
  '[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\u00AD\t\f\u000B\u2028\u2029\u0085\r\u2000-\u2006\u2008-\u200A\u3000]',
  'g',
);

export function normalizeCharacters(text: string): string {
  return text.replace(ODD_CHARACTERS, (char, offset: number, whole: string) => {
    if (char === '\r') return whole[offset + 1] === '\n' ? ' ' : '\n';
    return REPLACEMENTS[char] ?? ' ';
  });
}

/** The longest run of non-space characters read as one word; a longer run is cut every this many. */
export const MAX_WORD_CHARS = 128;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');

/**
 * A run of more than MAX_WORD_CHARS non-space characters is no word of English (a pasted hash, a data
 * blob, an attack): a space replaces every MAX_WORD_CHARS-th character of it, one unit for one, so offsets
 * keep. The tokenizer's own patterns backtrack over a word's length, which made a 990,000-character
 * "word" take minutes.
 */
export function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) => {
    let out = '';
    for (let i = 0; i < word.length; i += MAX_WORD_CHARS) {
      out += word.slice(i, i + MAX_WORD_CHARS - 1) + (i + MAX_WORD_CHARS - 1 < word.length ? ' ' : '');
    }
    return out.length === word.length ? out : out + word.slice(out.length);
  });
}
