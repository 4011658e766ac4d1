/** "DailyMail.com", "Politico.eu": wink cuts them at the dot; a news text names outlets this way. */
import type { RawToken } from './wink';

const TOP_LEVEL_DOMAINS = new Set([
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'int',
  'mil',
  'info',
  'news',
  'io',
  'co',
  'uk',
  'eu',
  'de',
  'fr',
  'ru',
  'ua',
  'by',
  'it',
  'es',
  'ca',
  'au',
  'in',
  'jp',
  'cn',
  'tv',
  'fm',
  'ch',
  'nl',
  'pl',
  'se',
  'no',
  'ie',
]);

/** How many raw tokens from `i` form one domain name (1 when none). */
export function domainNameLength(tokens: readonly RawToken[], i: number): number {
  const name = tokens[i];
  const dot = tokens[i + 1];
  const tld = tokens[i + 2];
  if (name === undefined || dot === undefined || tld === undefined) return 1;
  if (name.kind !== 'word' || dot.value !== '.' || dot.precedingSpaces !== '' || tld.precedingSpaces !== '')
    return 1;
  if (
    tld.value !== tld.value.toLowerCase() ||
    !TOP_LEVEL_DOMAINS.has(tld.value) ||
    !/^[A-Za-z][A-Za-z0-9-]*$/.test(name.value)
  )
    return 1;
  return 3;
}
