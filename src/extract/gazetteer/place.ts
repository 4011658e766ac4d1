/** A named place from a gazetteer. */
export type PlaceType = 'COUNTRY' | 'CITY' | 'LOCATION';

export interface Place {
  /** Stable identity across spellings: "country:US", "city:703448", "region:US-CT", "region:middle-east". */
  readonly key: string;
  /** Canonical English name. */
  readonly name: string;
  readonly type: PlaceType;
  /** ISO 3166-1 alpha-2 of the country the place is in (or is). */
  readonly country: string | null;
  readonly population: number;
  /** Safe to read as a place without context ("Moscow"); small towns need "in", "of", ", State" first. */
  readonly major: boolean;
  readonly capital: boolean;
  /** Key of the first-level division it lies in, where the gazetteers agree on one (US states). */
  readonly region?: string;
}

/** Gazetteer keys ignore dots and repeated spaces: "U.S." and "US" are one key. */
export function placeKey(surface: string): string {
  if (!surface.includes('.') && !surface.includes('  ') && surface.trim() === surface) return surface;
  return surface.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}
