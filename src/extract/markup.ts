/**
 * HTML in, text out, with every character kept in place: tags, comments, scripts and styles become spaces
 * (block-level tags become a line break so that paragraphs still end sentences) and character references
 * are written over their own first characters. Offsets into the result are offsets into the input.
 */

const TAG_OR_COMMENT = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)\b[^<>]{0,4000}>/g;
const RAW_BLOCK = /<(script|style)\b[^<>]{0,4000}>[\s\S]*?<\/\1\s*>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g;
const BLOCK_TAGS = new Set([
  'p',
  'br',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'title',
  'figcaption',
  'hr',
]);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '.',
};

/** Cheap test first: plain text pays nothing. */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[A-Za-z][A-Za-z0-9-]*\b[^<>]{0,4000}>/.test(text);
}

export function blankMarkup(text: string): string {
  let out = text.replace(RAW_BLOCK, (match) => blank(match, '\n'));
  out = out.replace(TAG_OR_COMMENT, (match, name: string | undefined) =>
    blank(match, name !== undefined && BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : ' '),
  );
  return out.replace(ENTITY, (match, body: string) => decodeEntity(body).padEnd(match.length, ' '));
}

function blank(match: string, first: string): string {
  return first + ' '.repeat(match.length - 1);
}

function decodeEntity(body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Only one UTF-16 unit fits in place; anything wider reads as a space.
    return code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? ' ';
}
