/**
 * Whether a GraphQL result would serialize to more than a number of bytes, found without serializing it.
 * One string can be referenced many times in a result (the same article text under every evidence), so
 * the object in memory is small while its JSON is huge: 378 MB for a 130-byte query, and a V8
 * "Invalid string length" past 512 MB. The walk stops as soon as the ceiling is passed, so it reads at
 * most about `limit` bytes of strings.
 */
export function jsonBytesOver(value: unknown, limit: number): boolean {
  let total = 0;
  const add = (bytes: number): boolean => {
    total += bytes;
    return total > limit;
  };
  const walk = (item: unknown): boolean => {
    if (item === null || item === undefined) return add(4);
    switch (typeof item) {
      case 'string':
        // UTF-8 bytes and the quotes; escapes would add more, so this never overestimates.
        return add(Buffer.byteLength(item, 'utf8') + 2);
      case 'number':
      case 'boolean':
      case 'bigint':
        return add(String(item).length);
      case 'object': {
        if (Array.isArray(item)) {
          if (add(2 + item.length)) return true;
          for (const element of item) if (walk(element)) return true;
          return false;
        }
        if (add(2)) return true;
        for (const [key, field] of Object.entries(item as Record<string, unknown>)) {
          if (add(Buffer.byteLength(key, 'utf8') + 4) || walk(field)) return true;
        }
        return false;
      }
      default:
        return false;
    }
  };
  return walk(value);
}
