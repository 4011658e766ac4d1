/**
 * Countries from world-countries (names, official names, alternate spellings, English demonyms, capitals),
 * plus the few historical states and short names that news still uses.
 */
import worldCountries from 'world-countries';
import { placeKey, type Place } from './place';

export interface CountryIndex {
  readonly byName: ReadonlyMap<string, Place>;
  /** "Belarusian", "Belarusians", "American" -> the country. */
  readonly byDemonym: ReadonlyMap<string, Place>;
  /** Capital city names (English) -> the country. */
  readonly capitals: ReadonlyMap<string, Place>;
}

/** Names common in English news that the package does not list; each is a general usage, not a text's. */
const EXTRA_NAMES: readonly (readonly [string, string])[] = [
  ['America', 'US'],
  ['Britain', 'GB'],
  ['Holland', 'NL'],
  ['Burma', 'MM'],
  ['Czech Republic', 'CZ'],
  ['Ivory Coast', 'CI'],
  ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'],
  ['Vatican', 'VA'],
  ['Congo', 'CD'],
  ['Korea', 'KR'],
  ['East Timor', 'TL'],
  ['Cape Verde', 'CV'],
  ['Turkey', 'TR'],
  ['Palestine', 'PS'],
];
const EXTRA_DEMONYMS: readonly (readonly [string, string])[] = [
  ['British', 'GB'],
  ['English', 'GB'],
  ['Dutch', 'NL'],
  ['Czech', 'CZ'],
  ['Korean', 'KR'],
  ['Filipino', 'PH'],
  ['Saudi', 'SA'],
  ['Emirati', 'AE'],
  ['Kiwi', 'NZ'],
  ['Scottish', 'GB'],
  ['Welsh', 'GB'],
  ['Turkish', 'TR'],
];
const HISTORICAL: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
  ['SU', 'Soviet Union', ['USSR', 'U.S.S.R.'], ['Soviet', 'Soviets']],
  ['YU', 'Yugoslavia', [], ['Yugoslav', 'Yugoslavs', 'Yugoslavian']],
  ['CS', 'Czechoslovakia', [], ['Czechoslovak']],
  ['DD', 'East Germany', [], ['East German', 'East Germans']],
  ['DE-W', 'West Germany', [], ['West German', 'West Germans']],
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

/** An alternate spelling we trust: Latin letters, and an acronym only when it is the name's initials. */
function acceptAltSpelling(alt: string, common: string, official: string): boolean {
  if (!/^[A-Za-z][A-Za-z .'-]*$/.test(alt)) return false;
  if (/^[A-Z.]+$/.test(alt)) return [initials(common), initials(official)].includes(alt.replace(/\./g, ''));
  return alt.length >= 4;
}

export function buildCountryIndex(): CountryIndex {
  const byName = new Map<string, Place>();
  const byDemonym = new Map<string, Place>();
  const capitals = new Map<string, Place>();
  const add = (surface: string, place: Place) => {
    const key = placeKey(surface);
    if (!byName.has(key)) byName.set(key, place);
  };
  const addDemonym = (demonym: string, place: Place) => {
    if (demonym.length < 4 || byDemonym.has(demonym)) return;
    byDemonym.set(demonym, place);
    if (!demonym.endsWith('s')) byDemonym.set(demonym.endsWith('ese') ? demonym : `${demonym}s`, place);
  };
  const byCode = new Map<string, Place>();
  // Sovereign states first, so that "French" and "Dutch" name France and the Netherlands, not a territory.
  const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const place: Place = {
      key: `country:${country.cca2}`,
      name: country.name.common,
      type: 'COUNTRY',
      country: country.cca2,
      population: 0,
      major: true,
      capital: false,
    };
    byCode.set(country.cca2, place);
    add(country.name.common, place);
    add(country.name.official, place);
    for (const alt of country.altSpellings) {
      if (acceptAltSpelling(alt, country.name.common, country.name.official)) add(alt, place);
    }
    const demonyms = country.demonyms?.eng;
    for (const demonym of demonyms === undefined ? [] : [demonyms.m, demonyms.f]) {
      for (const part of demonym.split(/,\s*/)) addDemonym(part, place);
    }
    for (const capital of country.capital ?? []) capitals.set(capital, place);
  }
  for (const [name, code] of EXTRA_NAMES) {
    const place = byCode.get(code);
    if (place !== undefined) add(name, place);
  }
  for (const [demonym, code] of EXTRA_DEMONYMS) {
    const place = byCode.get(code);
    if (place !== undefined) addDemonym(demonym, place);
  }
  for (const [code, name, aliases, demonyms] of HISTORICAL) {
    const place: Place = {
      key: `country:${code}`,
      name,
      type: 'COUNTRY',
      country: code,
      population: 0,
      major: true,
      capital: false,
    };
    add(name, place);
    for (const alias of aliases) add(alias, place);
    for (const demonym of demonyms) byDemonym.set(demonym, place);
  }
  return { byName, byDemonym, capitals };
}
