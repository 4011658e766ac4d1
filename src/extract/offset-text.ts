/**
 * A text with characters inserted into it (a space between glued words), and the way back: toOriginal(i)
 * maps an index of the new text to the index of the original character it stands for.
 */
export interface OffsetText {
  readonly text: string;
  toOriginal(index: number): number;
}

export function identityText(text: string): OffsetText {
  return { text, toOriginal: (index) => index };
}

/**
 * Inserts a space (or the character `fill` gives for that index) before each of the given original
 * indices (ascending, unique).
 */
export function insertSpaces(
  original: string,
  before: readonly number[],
  fill: (index: number) => string = () => ' ',
): OffsetText {
  if (before.length === 0) return identityText(original);
  const parts: string[] = [];
  let last = 0;
  for (const index of before) {
    parts.push(original.slice(last, index), fill(index));
    last = index;
  }
  parts.push(original.slice(last));
  const text = parts.join('');
  return {
    text,
    toOriginal(index) {
      // Each inserted character stands for the character it precedes.
      let shift = 0;
      let lo = 0;
      let hi = before.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((before[mid] as number) + mid < index) lo = mid + 1;
        else hi = mid;
      }
      shift = lo;
      if (lo < before.length && (before[lo] as number) + lo === index) return before[lo] as number;
      return index - shift;
    },
  };
}
