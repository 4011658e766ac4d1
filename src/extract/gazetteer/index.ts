/**
 * One lookup over all place sources. Loaded lazily, once per process: the city file is the heaviest
 * resource of the extractor (about half a second to read).
 */
import { buildCityIndex } from './cities';
import { buildCountryIndex, type CountryIndex } from './countries';
import { placeKey, type Place } from './place';
import { buildRegionIndex, buildStateAbbreviationIndex } from './regions';

export type { Place, PlaceType } from './place';
export { placeKey } from './place';

/** A city must be this big, or a capital, to win a name over a state or province of the same name. */
const CITY_OVER_REGION_POPULATION = 1_000_000;

export interface Gazetteer {
  /** The place a name denotes, or undefined. "U.S." and "US" are one name. */
  place(surface: string): Place | undefined;
  /** "Belarusian" -> Belarus. */
  demonymOf(word: string): Place | undefined;
  /** The capital city of a country, when the gazetteer knows it. */
  capitalOf(country: Place): Place | undefined;
}

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

function buildGazetteer(): Gazetteer {
  const countries: CountryIndex = buildCountryIndex();
  const cities = buildCityIndex();
  const regions = buildRegionIndex();
  const abbreviations = buildStateAbbreviationIndex(regions);
  const capitalsByCountry = new Map<string, Place>();
  for (const city of cities.majorCities()) {
    if (city.capital && city.country !== null) capitalsByCountry.set(city.country, city);
  }
  return {
    place(surface) {
      const exact = abbreviations.get(surface);
      if (exact !== undefined) return exact;
      const key = placeKey(surface);
      const country = countries.byName.get(key);
      if (country !== undefined) return country;
      const city = cities.get(key);
      const region = regions.get(key);
      if (city !== undefined && region !== undefined) {
        return city.capital || city.population >= CITY_OVER_REGION_POPULATION ? city : region;
      }
      return city ?? region;
    },
    demonymOf: (word) => countries.byDemonym.get(word),
    capitalOf: (country) => (country.country === null ? undefined : capitalsByCountry.get(country.country)),
  };
}
