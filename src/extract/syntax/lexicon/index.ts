/**
 * The one loader of the syntax extractor's word lists (lexicon.json next to this file). Every list is a
 * lower-case set; `list(name)` is the only way to read one, so a test can find lists nobody reads.
 */
import data from './lexicon.json';

export interface LexiconFile {
  readonly about: string;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly currencies: Readonly<Record<string, string>>;
}

export type ListName =
  | 'formsOfAddress'
  | 'orgNouns'
  | 'orgPossessions'
  | 'orgPrepositionNouns'
  | 'clubPossessions'
  | 'clubVerbs'
  | 'workNouns'
  | 'eventWords'
  | 'sayVerbs'
  | 'firstPersonPronouns'
  | 'thirdPersonPronouns'
  | 'nonPersonPronouns'
  | 'orgSubjectVerbs'
  | 'reportingForms'
  | 'orgPassiveVerbs'
  | 'creditVerbs'
  | 'killingVerbs'
  | 'killingNouns'
  | 'personDescriptionNouns'
  | 'placeDescriptionNouns'
  | 'ambiguousOrgNouns'
  | 'namedOrgNouns'
  | 'maleWords'
  | 'femaleWords'
  | 'personCommonNouns'
  | 'pleonasticHeads';

/** The parsed file, for the lexicon test. */
export const LEXICON: LexiconFile = data;

let loaded: { file: LexiconFile; sets: Map<string, ReadonlySet<string>> } | undefined;

function load(): { file: LexiconFile; sets: Map<string, ReadonlySet<string>> } {
  if (loaded === undefined) {
    const file = LEXICON;
    const sets = new Map<string, ReadonlySet<string>>();
    for (const [name, words] of Object.entries(file.lists)) sets.set(name, new Set(words));
    loaded = { file, sets };
  }
  return loaded;
}

export function list(name: ListName): ReadonlySet<string> {
  const set = load().sets.get(name);
  if (set === undefined) throw new Error(`lexicon.json has no list "${name}"`);
  return set;
}

/** ISO 4217 code of a currency symbol or word ("£" -> GBP, "euro" -> EUR). */
export function currencyOf(symbolOrWord: string): string | undefined {
  return load().file.currencies[symbolOrWord];
}
