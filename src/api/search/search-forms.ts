/**
 * What a search text stands for besides its words: "U.S." and "America" are the United States (the
 * extractor's gazetteer knows the places' other names, demonyms and abbreviations), "EU" is an acronym of
 * the European Union, and a text without a digit never asks for a date, an amount or a quantity.
 */
import { gazetteer } from '../../extract/gazetteer';

export interface SearchForms {
  /** The text and the names it is known to stand for, normalized: a name or alias equal to one ranks first. */
  readonly exact: readonly string[];
  /** Names the gazetteer gives for the text ("America" -> "United States"), searched as phrases. */
  readonly knownNames: readonly string[];
  /** "EU", "U.N.": the letters of an acronym, upper case; null when the text is not one. */
  readonly acronym: string | null;
  /** The text has a digit: dates, amounts and quantities are searched too. */
  readonly numeric: boolean;
}

/** Beyond this many words a text is no name the gazetteer could know. */
const MAX_KNOWN_NAME_WORDS = 4;

/** Lower case, no dots ("U.S." = "US"), words joined by single spaces. */
export function normalizedName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function searchForms(text: string): SearchForms {
  const trimmed = text.trim();
  const typed = normalizedName(trimmed);
  const knownNames = typed.split(' ').length <= MAX_KNOWN_NAME_WORDS ? namesFor(trimmed, typed) : [];
  return {
    exact: [...new Set([typed, ...knownNames.map(normalizedName)])].filter((form) => form !== ''),
    knownNames,
    acronym: acronymOf(trimmed),
    numeric: /\p{N}/u.test(trimmed),
  };
}

function namesFor(text: string, typed: string): string[] {
  if (typed === '') return [];
  const places = gazetteer();
  const place = places.place(text) ?? places.demonymOf(text);
  return place !== undefined && normalizedName(place.name) !== typed ? [place.name] : [];
}

/** Two to six capital letters, with or without dots after them: "EU", "NATO", "U.N.". */
function acronymOf(text: string): string | null {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(text) ? text.replace(/\./g, '') : null;
}
