/**
 * How entities from different articles find each other: every name and alias of an entity becomes a key,
 * "<type family>|<normalized form>", held by one (:EntityKey {key, entityId}) node. The key's uniqueness
 * constraint makes resolution safe under concurrent ingests (see resolution.ts and writer.ts).
 */
import { createHash } from 'node:crypto';
import type { EntityType } from '../vocabulary';

/** Types that may merge with each other share a family: a city and a location may be the same place. */
const FAMILIES: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
  CITY: 'place',
  LOCATION: 'place',
  FACILITY: 'facility',
  EVENT: 'event',
  DATE: 'date',
  MONEY: 'money',
  QUANTITY: 'quantity',
  CONCEPT: 'concept',
};

const MAX_FORM_LENGTH = 120;

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

export function typeFamily(type: EntityType): string {
  return FAMILIES[type] ?? String(type).toLowerCase();
}

/**
 * Lower case, diacritics and the dots of abbreviations dropped ("U.S." = "US"), apostrophes dropped,
 * other punctuation a space, a leading "the" dropped. Letters of every script are kept.
 */
export function normalizeForm(form: string): string {
  const folded = form
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđħıßæœþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/['\u2019.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return capped(folded.replace(/^the /, ''));
}

/** Long forms (event names) are cut and given a hash suffix, so two different forms never collide. */
function capped(form: string): string {
  if (form.length <= MAX_FORM_LENGTH) return form;
  return `${form.slice(0, MAX_FORM_LENGTH - 13).trimEnd()} ${shortHash(form, 12)}`;
}

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export interface NamedEntity {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * Values (dates, sums of money, quantities) are what they say: the entity id made from the normalized
 * value identifies them (the writer MERGEs on it), and they need no keys.
 */
export const VALUE_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'MONEY', 'QUANTITY']);

/**
 * The keys of an entity, its name's key first; none for a value. A person's single-word alias that is its first name is no
 * key: Vladimir Putin and Vladimir Zelensky must never meet on "Vladimir".
 */
export function entityKeys(entity: NamedEntity): string[] {
  if (VALUE_TYPES.has(entity.type)) return [];
  const family = typeFamily(entity.type);
  const name = normalizeForm(entity.name);
  const firstName = entity.type === 'PERSON' && name.includes(' ') ? name.split(' ')[0] : undefined;
  const keys: string[] = [];
  for (const form of [entity.name, ...entity.aliases]) {
    const normalized = normalizeForm(form);
    if (normalized === firstName || form.trim() === '') continue;
    // A form of only symbols ("$") still needs a key, or each article would create it anew.
    const key = `${family}|${normalized === '' ? `#${shortHash(form.trim())}` : normalized}`;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * The global id of a new entity: "person:anthony-blinken". Stable: the same name gives the same id. A sum
 * of money or a quantity is identified by its value, currency and unit ("money:gbp-10600000",
 * "quantity:4.5-percent"), never by its name's letters alone: "4.5%" and "45%" are two values.
 */
export function entityIdFor(type: EntityType, name: string): string {
  const value = type === 'MONEY' || type === 'QUANTITY' ? amountSlug(name) : null;
  const slug = value ?? normalizeForm(name).replace(/ /g, '-');
  return `${type.toLowerCase()}:${slug === '' ? shortHash(name) : slug}`;
}

const CURRENCIES: Readonly<Record<string, string>> = {
  '£': 'gbp',
  $: 'usd',
  us$: 'usd',
  '€': 'eur',
  '¥': 'jpy',
  pound: 'gbp',
  pounds: 'gbp',
  sterling: 'gbp',
  gbp: 'gbp',
  dollar: 'usd',
  dollars: 'usd',
  usd: 'usd',
  euro: 'eur',
  euros: 'eur',
  eur: 'eur',
  yen: 'jpy',
  jpy: 'jpy',
};

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  billions: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  '%': 'percent',
  'per cent': 'percent',
  pc: 'percent',
};

/**
 * "£10.6m" -> "gbp-10600000", "$106m" -> "usd-106000000", "4.5 per cent" -> "4.5-percent"; null when
 * the name holds no single number (the id then comes from its words, as for any name).
 */
export function amountSlug(name: string): string | null {
  const lower = name.normalize('NFKC').toLowerCase().trim();
  const numbers = lower.match(/\d[\d,]*(?:\.\d+)?|\.\d+/g) ?? [];
  if (numbers.length !== 1) return null;
  const number = numbers[0] as string;
  const amount = Number(number.replace(/,/g, ''));
  if (!Number.isFinite(amount)) return null;
  let rest = lower
    .replace(number, ' ')
    .replace(/us\$/g, ' us$ ')
    .replace(/([£$€¥%])/g, ' $1 ');
  for (const [phrase, unit] of Object.entries(UNIT_SYNONYMS)) rest = rest.split(phrase).join(` ${unit} `);
  const words = rest.split(/[^\p{L}\p{N}£$€¥]+/u).filter((word) => word !== '' && word !== 'us');
  let multiplier = 1;
  let currency: string | null = null;
  const units: string[] = [];
  for (const word of words) {
    if (currency === null && CURRENCIES[word] !== undefined) currency = CURRENCIES[word] as string;
    else if (multiplier === 1 && MULTIPLIERS[word] !== undefined) multiplier = MULTIPLIERS[word] as number;
    else units.push(normalizeForm(word));
  }
  const value = String(Number((amount * multiplier).toPrecision(15)));
  return [currency, value, ...units].filter((part) => part !== null && part !== '').join('-');
}

/** Words of a normalized person name: compatibility is judged on the first and the last. */
export function nameTokens(name: string): string[] {
  const normalized = normalizeForm(name);
  return normalized === '' ? [] : normalized.split(' ');
}
