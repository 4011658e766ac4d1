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
  /** "the city of X", "X, Ohio": the place is a city. */
  readonly cityCue: boolean;
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
  const preposition =
    sameSentence(before) &&
    !possessed &&
    (PLACE_PREPOSITIONS.has(before.lower) || (before.lower === 'of' && isKnownPlace(tokens, first, last)));
  const commaPlace =
    sameSentence(after) && after.text === ',' && sameSentence(after2) && isRegionOrCountry(after2.text);
  return {
    personCue: speechAfter || speechBefore || age || role,
    placeCue: ofPlaceNoun || appositivePlaceNoun || preposition || commaPlace,
    cityCue:
      commaPlace ||
      ((ofPlaceNoun || appositivePlaceNoun) && CITY_NOUNS.has((ofPlaceNoun ? before2 : before)?.lower ?? '')),
    subjectOfVerb: sameSentence(after) && (after.pos === 'VERB' || after.pos === 'AUX'),
  };
}

/** "of Millinocket": after "of", only a name the gazetteer knows reads as a place. */
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
