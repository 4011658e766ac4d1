/**
 * Strings held as one string and an offset table: a few megabytes where an array or Set of hundreds of
 * thousands of strings takes tens, and V8 lets garbage grow in proportion to what stays alive. Lookup in
 * sorted values is a binary search that compares in place, allocating nothing.
 */
export class PackedStrings {
  private readonly text: string;
  private readonly offsets: Int32Array;

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

  /** The order of entry `index` against `value`, as string comparison orders them. */
  private compare(index: number, value: string): number {
    const start = this.offsets[index] as number;
    const length = (this.offsets[index + 1] as number) - start;
    const shared = Math.min(length, value.length);
    for (let k = 0; k < shared; k += 1) {
      const difference = this.text.charCodeAt(start + k) - value.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - value.length;
  }

  /** The index of `value` by binary search, or -1; the values must have been given sorted. */
  indexOf(value: string): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.compare(mid, value);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
