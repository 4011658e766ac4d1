/**
 * The type of a proper name, from what it is (a gazetteer or lexicon entry, its head word, its shape) and
 * where it stands (after "in", before "said", after a title).
 */
import type { EntityType } from '../../vocabulary';
import { gazetteer, type Place } from '../gazetteer';
import { isEnglishWord, isFirstName } from '../lexicon/english-words';
import {
  KNOWN_ORGANIZATIONS,
  NON_ORGANIZATION_ACRONYMS,
  ORGANIZATION_HEADS,
  ORGANIZATION_LEADS,
} from '../lexicon/organizations';
import { FACILITY_HEADS, LOCATION_HEADS, LOCATION_LEADS } from '../lexicon/places';
import { NAMED_EVENT_HEADS } from '../lexicon/events';
import type { TypeCue } from '../model';
import type { Token } from '../nlp/document';
import { isTitleWord } from '../lexicon/titles';
import { isAcronym } from './name-tokens';
import { nameContext, type NameContext } from './name-context';

export interface Typing {
  readonly type: EntityType;
  readonly cue: TypeCue;
  readonly key: string | null;
  readonly canonical: string | null;
  readonly place?: Place;
}

export function typeName(
  tokens: readonly Token[],
  first: number,
  last: number,
  titled: boolean,
): Typing | undefined {
  const words = tokens.slice(first, last).map((t) => t.text);
  const text = words.join(' ').replace(/ \.$/, '.').replace(/ '/g, "'");
  const context = nameContext(tokens, first, last);
  if (tokens[first]?.kind === 'url')
    return { type: 'ORGANIZATION', cue: 'shape', key: null, canonical: null };
  if (titled) return person('title');
  const dateline = datelinePlace(tokens, first, last, words);
  if (dateline !== undefined) return dateline;
  if (isShoutedTitle(words)) return { type: 'ORGANIZATION', cue: 'shape', key: null, canonical: null };
  if (KNOWN_ORGANIZATIONS.has(text))
    return { type: 'ORGANIZATION', cue: 'lexicon', key: null, canonical: null };
  const place = placeTyping(text, words, context);
  if (place !== undefined && (place.type !== 'CITY' || words.length > 1)) return place;
  const byHead = typeByHeadWord(words);
  if (byHead !== undefined) return byHead;
  const region = compassRegion(words);
  if (region !== undefined) return region;
  // "the East European nations": a compass adjective before a noun names no one.
  if (COMPASS_WORDS.has(words[0] as string) && context.modifiesNoun && place === undefined) return undefined;
  if (words.length === 1 && tokens[first - 1]?.lower === 'the' && ORGANIZATION_HEADS.has(text))
    return { type: 'ORGANIZATION', cue: 'head-word', key: null, canonical: null };
  if (place !== undefined) return place;
  const nation = nationNamedByPeople(tokens, first, words);
  if (nation !== undefined) return nation;
  if (gazetteer().demonymOf(text) !== undefined || describesPeople(words)) return undefined;
  if (context.organizationCue) return { type: 'ORGANIZATION', cue: 'context', key: null, canonical: null };
  if (context.personCue) return person('context');
  if (words.length >= 2 && isFirstName(words[0] as string) && !isAcronym(words[0] as string))
    return person('first-name');
  if (words.length === 1 && isAcronym(text)) return acronymTyping(text);
  return fallbackTyping(words, context);
}

const DATELINE_FOLLOWERS = new Set([',', '(', '_', '-', '--', ':']);

/**
 * "SAN FRANCISCO (AP)", "DAYTON, Ohio (AP)": a shouted place name that opens a sentence and is followed by
 * the dateline's punctuation is where the story was filed, written in capitals by news convention.
 */
function datelinePlace(
  tokens: readonly Token[],
  first: number,
  last: number,
  words: readonly string[],
): Typing | undefined {
  if (!words.every((w) => /^[A-Z][A-Z.'-]+$/.test(w))) return undefined;
  const head = tokens[first] as Token;
  const before = tokens[first - 1];
  if (before !== undefined && before.sentence === head.sentence) return undefined;
  const after = tokens[last];
  if (after !== undefined && after.sentence === head.sentence && !DATELINE_FOLLOWERS.has(after.text))
    return undefined;
  const titled = words.map((w) => w.toLowerCase().replace(/(^|[ '-])([a-z])/g, (m) => m.toUpperCase()));
  const place = gazetteer().place(titled.join(' '));
  if (place === undefined) return undefined;
  return { type: place.type, cue: 'gazetteer', key: place.key, canonical: place.name, place };
}

/** "West Africa", "Southern California": a compass word before a known place names a region of it. */
function compassRegion(words: readonly string[]): Typing | undefined {
  if (words.length < 2 || !COMPASS_WORDS.has(words[0] as string)) return undefined;
  const rest = words.slice(1).join(' ');
  if (gazetteer().place(rest) === undefined && !/^(Africa|Asia|Europe|America)$/.test(rest)) return undefined;
  return { type: 'LOCATION', cue: 'head-word', key: null, canonical: null };
}

/**
 * "IZVESTIYA reported", "KRASNAYA ZVEZDA": a name in capitals that is no acronym and no
 * place is, in news copy, the title of a newspaper or agency.
 */
function isShoutedTitle(words: readonly string[]): boolean {
  if (!words.every((w) => /^[A-Z][A-Z'-]*$/.test(w))) return false;
  const letters = words.join('').length;
  if (words.length === 1 ? letters <= 7 : letters < 6) return false;
  return gazetteer().place(words.join(' ')) === undefined;
}

/**
 * "American President", "Most Americans", "American Presidents": a nationality with a title or a plural
 * nationality describes people; it names no one.
 */
function describesPeople(words: readonly string[]): boolean {
  const last = words[words.length - 1] as string;
  // "East European", "Western": a compass word and a nationality is an adjective of a region.
  if (words.slice(0, -1).every((w) => COMPASS_WORDS.has(w)) && gazetteer().demonymOf(last) !== undefined)
    return true;
  const singular = last.replace(/s$/, '');
  if (words.length >= 2 && gazetteer().demonymOf(words[0] as string) !== undefined)
    if (isTitleWord(last) || isTitleWord(singular)) return true;
  return last !== singular && gazetteer().demonymOf(singular) !== undefined;
}

/** "the Soviets", "the Americans": the people of a country named with the article stand for the country. */
function nationNamedByPeople(
  tokens: readonly Token[],
  first: number,
  words: readonly string[],
): Typing | undefined {
  const word = words[0] as string;
  if (words.length !== 1 || !/[a-z]s$/.test(word) || tokens[first - 1]?.lower !== 'the') return undefined;
  const country = gazetteer().demonymOf(word.slice(0, -1));
  if (country === undefined) return undefined;
  return { type: country.type, cue: 'gazetteer', key: country.key, canonical: country.name, place: country };
}

function person(cue: TypeCue): Typing {
  return { type: 'PERSON', cue, key: null, canonical: null };
}

const ROMAN_NUMERAL = /^[IVX]+$/;
const COMPASS_WORDS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Upper',
  'Lower',
]);
const BIG_CITY = 250_000;

function typeByHeadWord(allWords: readonly string[]): Typing | undefined {
  const words =
    allWords.length > 1 && ROMAN_NUMERAL.test(allWords[allWords.length - 1] as string)
      ? allWords.slice(0, -1)
      : allWords;
  const head = words[words.length - 1] as string;
  if (allWords.length >= 2 && NAMED_EVENT_HEADS.has(head))
    return { type: 'EVENT', cue: 'head-word', key: null, canonical: null };
  const lead = words[0] as string;
  const hasOf = words.includes('of') || words.includes('for');
  if (words.length >= 2 && FACILITY_HEADS.has(head))
    return { type: 'FACILITY', cue: 'head-word', key: null, canonical: null };
  if (hasOf && FACILITY_HEADS.has(lead))
    return { type: 'FACILITY', cue: 'head-word', key: null, canonical: null };
  if (words.length >= 2 && ORGANIZATION_HEADS.has(head)) {
    return { type: 'ORGANIZATION', cue: 'head-word', key: null, canonical: null };
  }
  const beforeOf = words.slice(0, Math.max(words.indexOf('of'), 0));
  if (beforeOf.length > 0 && ORGANIZATION_HEADS.has(beforeOf[beforeOf.length - 1] as string)) {
    return { type: 'ORGANIZATION', cue: 'head-word', key: null, canonical: null };
  }
  if (hasOf && ORGANIZATION_LEADS.has(lead))
    return { type: 'ORGANIZATION', cue: 'head-word', key: null, canonical: null };
  if (words.length >= 2 && (LOCATION_HEADS.has(head) || LOCATION_LEADS.has(lead))) {
    if (gazetteer().place(words.join(' ')) === undefined)
      return { type: 'LOCATION', cue: 'head-word', key: null, canonical: null };
  }
  return undefined;
}

function placeTyping(text: string, words: readonly string[], context: NameContext): Typing | undefined {
  const place = gazetteer().place(text);
  if (place === undefined) return undefined;
  const typing: Typing = { type: place.type, cue: 'gazetteer', key: place.key, canonical: place.name, place };
  if (place.type !== 'CITY') return place.major || context.placeCue ? typing : undefined;
  const single = words.length === 1;
  const wordLike = single && (isEnglishWord(text.toLowerCase()) || isFirstName(text));
  if (context.personCue && !context.placeCue) return undefined;
  if (place.major && !wordLike) return typing;
  // "Atlanta", "Washington": a big city's name that is also a first name reads as the city when alone.
  if (place.major && place.population >= BIG_CITY && !isEnglishWord(text.toLowerCase())) return typing;
  if (context.placeCue) return typing;
  if (place.major && place.population >= 1_000_000) return typing;
  return undefined;
}

function acronymTyping(text: string): Typing | undefined {
  // "CFM56", "F404": model numbers, not organizations.
  if (NON_ORGANIZATION_ACRONYMS.has(text) || text.length > 7 || /\d/.test(text)) return undefined;
  return { type: 'ORGANIZATION', cue: 'shape', key: null, canonical: null };
}

/** No lexicon knows it: a short run of non-words reads as a person; a lone word needs its context. */
function fallbackTyping(words: readonly string[], context: NameContext): Typing | undefined {
  const nonWords = words.filter((w) => !isEnglishWord(w.toLowerCase())).length;
  if (context.strongPlaceCue && words.length <= 3)
    return { type: context.cityCue ? 'CITY' : 'LOCATION', cue: 'context', key: null, canonical: null };
  if (words.length >= 2 && words.length <= 4 && nonWords >= 1) return person('shape');
  // A lone capitalized word no dictionary, gazetteer or lexicon knows is, in news, most often a surname.
  if (words.length === 1 && nonWords === 1 && /^[A-Z][a-z'’]+(?:-[a-zA-Z'’]+)*$/.test(words[0] as string))
    return context.modifiesNoun ? undefined : person('shape');
  return undefined;
}
