/** What the words around a name say about its type. */
import { gazetteer } from '../gazetteer';
import { ROLE_NOUNS } from '../lexicon/titles';
import { PLACE_NOUNS, PLACE_PREPOSITIONS } from '../lexicon/places';
import type { Token } from '../nlp/document';

export interface NameContext {
  /** "said X", "X said", "X, 50,", "Mr. X", "spokesman X". */
  readonly personCue: boolean;
  /** "in X", "X, Ohio", "the town of X". */
  readonly placeCue: boolean;
  /** A place cue that is not a bare "to", "from", "at" or "toward" ("made clear to Putin"). */
  readonly strongPlaceCue: boolean;
  /** "the city of X", "X, Ohio": the place is a city. */
  readonly cityCue: boolean;
  /**
   * "the mining company Vaxco", "corporations like Costco", "an owner of Punch Pizza": the words
   * before the name say it is a company or another organization.
   */
  readonly organizationCue: boolean;
  /** A lower-case noun follows the name: it is a modifier ("Islamic people", "Olympic games"). */
  readonly modifiesNoun: boolean;
  /** The name stands before a finite verb. */
  readonly subjectOfVerb: boolean;
}

const SPEECH_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'claim',
  'note',
  'explain',
  'testify',
  'recall',
  'write',
  'argue',
  'insist',
  'acknowledge',
  'admit',
  'announce',
  'warn',
]);
/** Common nouns for companies and outlets ("the Peruvian mining company Vaxco"). */
const COMPANY_NOUNS = new Set([
  'company',
  'corporation',
  'firm',
  'chain',
  'airline',
  'carrier',
  'retailer',
  'maker',
  'manufacturer',
  'bank',
  'newspaper',
  'broadcaster',
  'conglomerate',
  'insurer',
  'automaker',
  'business',
  'restaurant',
]);
/** "an owner of X", "the founder of X": what a person owns or founded is a business. */
const OWNER_NOUNS = new Set(['owner', 'owners', 'founder', 'co-founder', 'franchisee', 'shareholder']);
const WEAK_PLACE_PREPOSITIONS = new Set(['to', 'from', 'at', 'toward', 'towards', 'via']);
const CITY_NOUNS = new Set([
  'town',
  'city',
  'village',
  'capital',
  'suburb',
  'port',
  'hamlet',
  'resort',
  'seaport',
  'municipality',
]);

export function nameContext(tokens: readonly Token[], first: number, last: number): NameContext {
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const after = tokens[last];
  const after2 = tokens[last + 1];
  const sameSentence = (t: Token | undefined): t is Token =>
    t !== undefined && t.sentence === tokens[first]?.sentence;
  const speechAfter = sameSentence(after) && after.pos === 'VERB' && SPEECH_LEMMAS.has(after.lemma);
  const speechBefore =
    sameSentence(before) && before.pos === 'VERB' && SPEECH_LEMMAS.has(before.lemma) && !sameSentence(after2);
  const age =
    sameSentence(after) && after.text === ',' && sameSentence(after2) && /^\d{1,2}$/.test(after2.text);
  const role = sameSentence(before) && ROLE_NOUNS.has(before.lower) && before.text === before.lower;
  const ofPlaceNoun =
    sameSentence(before) && before.lower === 'of' && sameSentence(before2) && PLACE_NOUNS.has(before2.lower);
  const appositivePlaceNoun = sameSentence(before) && PLACE_NOUNS.has(before.lower);
  // "in Kennedy's motorcade", "of Kennedy's killing": the preposition governs the possessed noun.
  const possessed = sameSentence(after) && (after.text === "'s" || after.text === "'");
  // "in the Indo-Pacific": the article may stand between the preposition and the name.
  const governing = before?.lower === 'the' && sameSentence(before2) ? before2 : before;
  const preposition =
    sameSentence(governing) &&
    !possessed &&
    (PLACE_PREPOSITIONS.has(governing.lower) ||
      (governing.lower === 'of' && governing === before && isKnownPlace(tokens, first, last)));
  const commaPlace =
    sameSentence(after) && after.text === ',' && sameSentence(after2) && isRegionOrCountry(after2.text);
  return {
    personCue: speechAfter || speechBefore || age || role,
    placeCue: ofPlaceNoun || appositivePlaceNoun || preposition || commaPlace,
    strongPlaceCue:
      ofPlaceNoun ||
      appositivePlaceNoun ||
      commaPlace ||
      (preposition && !WEAK_PLACE_PREPOSITIONS.has((governing as Token).lower)),
    cityCue:
      commaPlace ||
      ((ofPlaceNoun || appositivePlaceNoun) && CITY_NOUNS.has((ofPlaceNoun ? before2 : before)?.lower ?? '')),
    organizationCue:
      (sameSentence(before) && COMPANY_NOUNS.has(before.lower) && before.text === before.lower) ||
      (sameSentence(before2) &&
        ((before?.lower === 'like' && COMPANY_NOUNS.has(before2.lower.replace(/s$/, ''))) ||
          (before?.lower === 'of' && OWNER_NOUNS.has(before2.lower)))),
    // "Sirhan shot him": a verb the tagger calls a noun has an object after it; a modified noun has none.
    modifiesNoun:
      sameSentence(after) &&
      after.text === after.lower &&
      (after.pos === 'NOUN' || after.pos === 'ADJ') &&
      !(sameSentence(after2) && (after2.pos === 'PRON' || after2.pos === 'DET' || after2.pos === 'PROPN')),
    subjectOfVerb: sameSentence(after) && (after.pos === 'VERB' || after.pos === 'AUX'),
  };
}

/** "of Tulsa": after "of", only a name the gazetteer knows reads as a place. */
function isKnownPlace(tokens: readonly Token[], first: number, last: number): boolean {
  return (
    gazetteer().place(
      tokens
        .slice(first, last)
        .map((t) => t.text)
        .join(' '),
    ) !== undefined
  );
}

function isRegionOrCountry(text: string): boolean {
  const place = gazetteer().place(text);
  return place !== undefined && place.type !== 'CITY';
}
