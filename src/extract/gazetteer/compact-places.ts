/**
 * The small towns of the gazetteer, packed: sorted keys and names in two strings with offset tables, and
 * numbers in typed arrays. A hundred thousand Place objects in a Map cost some forty megabytes of live
 * heap; packed they cost four, and V8 lets garbage grow in proportion to what stays alive. A Place is
 * made on lookup. The large places stay as objects (see cities.ts).
 */
import { type Place } from './place';

class PackedStrings {
  readonly text: string;
  readonly offsets: Int32Array;

  constructor(values: readonly string[]) {
    this.text = values.join('');
    this.offsets = new Int32Array(values.length + 1);
    let offset = 0;
    values.forEach((value, i) => {
      this.offsets[i] = offset;
      offset += value.length;
    });
    this.offsets[values.length] = offset;
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  at(index: number): string {
    return this.text.slice(this.offsets[index], this.offsets[index + 1]);
  }

  compare(index: number, value: string): number {
    const start = this.offsets[index] as number;
    const length = (this.offsets[index + 1] as number) - start;
    const shared = Math.min(length, value.length);
    for (let k = 0; k < shared; k += 1) {
      const difference = this.text.charCodeAt(start + k) - value.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - value.length;
  }
}

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
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.keys.compare(mid, key);
      if (order === 0) return this.place(mid);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
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
