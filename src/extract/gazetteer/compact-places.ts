/**
 * The small towns of the gazetteer, packed: sorted keys and names in two strings with offset tables, and
 * numbers in typed arrays. A hundred thousand Place objects in a Map cost some forty megabytes of live
 * heap; packed they cost four, and V8 lets garbage grow in proportion to what stays alive. A Place is
 * made on lookup. The large places stay as objects (see cities.ts).
 */
import { PackedStrings } from '../packed-strings';
import { type Place } from './place';

export class CompactPlaces {
  private readonly keys: PackedStrings;
  private readonly names: PackedStrings;
  private readonly ids: Int32Array;
  private readonly populations: Int32Array;
  /** Two letters of country code and two of US state code (spaces when none) per place. */
  private readonly codes: string;

  constructor(entries: readonly (readonly [string, Place])[]) {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.keys = new PackedStrings(sorted.map(([key]) => key));
    this.names = new PackedStrings(sorted.map(([, place]) => place.name));
    this.ids = Int32Array.from(sorted, ([, place]) => Number(place.key.slice('city:'.length)));
    this.populations = Int32Array.from(sorted, ([, place]) => place.population);
    this.codes = sorted
      .map(
        ([, place]) =>
          `${(place.country ?? '  ').padEnd(2).slice(0, 2)}${(place.region?.slice(-2) ?? '  ').padEnd(2)}`,
      )
      .join('');
  }

  get(key: string): Place | undefined {
    const index = this.keys.indexOf(key);
    return index < 0 ? undefined : this.place(index);
  }

  private place(index: number): Place {
    const country = this.codes.slice(index * 4, index * 4 + 2).trim();
    const region = this.codes.slice(index * 4 + 2, index * 4 + 4).trim();
    return {
      key: `city:${this.ids[index] as number}`,
      name: this.names.at(index),
      type: 'CITY',
      country: country.length > 0 ? country : null,
      population: this.populations[index] as number,
      major: false,
      capital: false,
      ...(region.length > 0 ? { region: `region:US-${region}` } : {}),
    };
  }
}
