/**
 * One key for the spellings of an organization's name: "the finance ministry" and "Ministry of Finance",
 * "Treasury Department" and "Department of the Treasury"; and acronyms ("EU" for "European Union").
 */

import { gazetteer } from '../gazetteer';

const HEAD_FIRST =
  /^(ministry|department|bank|office|bureau|council|institute|university|commission) of (?:the )?(.+)$/;
const HEAD_LAST = /^(.+) (ministry|department|bank|office|bureau|council|institute|university|commission)$/;

export function organizationKey(name: string): string {
  const lower = countryFirst(name)
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[.'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const headFirst = HEAD_FIRST.exec(lower);
  if (headFirst !== null) return `${headFirst[2] as string} ${headFirst[1] as string}`;
  return HEAD_LAST.test(lower) ? lower : lower;
}

/** "Russian Central Bank" and "Russia's central bank": the country's own name leads both keys. */
function countryFirst(name: string): string {
  const match = /^([A-Z][\p{L}-]+)(?:'s|’s)?\s+(.+)$/u.exec(name);
  if (match === null) return name;
  const word = match[1] as string;
  const place = gazetteer().demonymOf(word) ?? gazetteer().place(word);
  return place !== undefined && place.type === 'COUNTRY' ? `${place.key} ${match[2] as string}` : name;
}

export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '');
  return (
    letters.length >= 2 && /^[A-Z]+$/.test(letters) && initialsOf(name) === letters && name.includes(' ')
  );
}
