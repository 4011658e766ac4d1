/**
 * HTML character references inside names. CoreNLP splits "Fran&ccedil;ois" into five tokens, so the entity
 * stage widens a name over the whole word and decodes the reference for the name it reports.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  pound: '\u00a3',
  euro: '\u20ac',
  yen: '\u00a5',
  szlig: '\u00df',
  aelig: '\u00e6',
  AElig: '\u00c6',
  oslash: '\u00f8',
  Oslash: '\u00d8',
};

const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
  caron: '\u030c',
};

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;

/** The text with its HTML character references replaced by the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(REFERENCE, (whole, body: string) => {
      if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
      if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
      const named = NAMED[body];
      if (named !== undefined) return named;
      const mark = MARKS[body.slice(1)];
      return mark === undefined ? whole : body.charAt(0) + mark;
    })
    .normalize('NFC');
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** An HTML reference ends at `end` (exclusive) in text: returns its start, or -1. */
export function referenceEndingAt(text: string, end: number): number {
  if (text.charAt(end - 1) !== ';') return -1;
  const amp = text.lastIndexOf('&', end - 2);
  if (amp < 0 || end - amp > 10) return -1;
  return /^&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);$/.test(text.slice(amp, end)) ? amp : -1;
}

/** An HTML reference starts at `start` in text: returns its end (exclusive), or -1. */
export function referenceStartingAt(text: string, start: number): number {
  if (text.charAt(start) !== '&') return -1;
  const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/.exec(text.slice(start, start + 10));
  return m === null ? -1 : start + m[0].length;
}
