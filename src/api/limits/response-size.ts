/**
 * Whether a GraphQL result would serialize to more than a number of bytes, found without serializing it.
 * One string can be referenced many times in a result (the same article text under every evidence), so
 * the object in memory is small while its JSON is huge: 378 MB for a 130-byte query, and a V8
 * "Invalid string length" past 512 MB. The walk stops as soon as the ceiling is passed, so it reads at
 * most about `limit` bytes of strings.
 */
export function jsonBytesOver(value: unknown, limit: number): boolean {
  // A cheap bound first (no UTF-8 encoding): most responses are far below the limit.
  return walkOver(value, limit, BOUND) && walkOver(value, limit, MEASURED);
}

/** How many bytes a walk counts for a string (quotes included) and for a number, boolean or bigint. */
interface Sizes {
  readonly text: (value: string) => number;
  readonly scalar: (value: number | boolean | bigint) => number;
}

/** UTF-8 bytes and the quotes; escapes would add more, so this never overestimates. */
const MEASURED: Sizes = {
  text: (value) => Buffer.byteLength(value, 'utf8') + 2,
  scalar: (value) => String(value).length,
};

/** At least MEASURED's count: a UTF-16 unit is at most 3 UTF-8 bytes, a number at most 24 characters. */
const BOUND: Sizes = {
  text: (value) => value.length * 3 + 2,
  scalar: (value) => (typeof value === 'number' ? 24 : String(value).length),
};

function walkOver(value: unknown, limit: number, sizes: Sizes): boolean {
  let total = 0;
  const add = (bytes: number): boolean => (total += bytes) > limit;
  const walk = (item: unknown): boolean => {
    if (item === null || item === undefined) return add(4);
    switch (typeof item) {
      case 'string':
        return add(sizes.text(item));
      case 'number':
      case 'boolean':
      case 'bigint':
        return add(sizes.scalar(item));
      case 'object': {
        if (Array.isArray(item)) {
          if (add(2 + item.length)) return true;
          for (const element of item) if (walk(element)) return true;
          return false;
        }
        if (add(2)) return true;
        const record = item as Record<string, unknown>;
        for (const key in record) {
          if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
          // The key's quotes, colon and comma: the text's size plus 2.
          if (add(sizes.text(key) + 2) || walk(record[key])) return true;
        }
        return false;
      }
      default:
        return false;
    }
  };
  return walk(value);
}
