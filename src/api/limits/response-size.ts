/**
 * Whether a GraphQL result would serialize to more than a number of bytes, found without serializing it.
 * One string can be referenced many times in a result (the same article text under every evidence), so
 * the object in memory is small while its JSON is huge: 378 MB for a 130-byte query, and a V8
 * "Invalid string length" past 512 MB. The walk stops as soon as the ceiling is passed, so it reads at
 * most about `limit` bytes of strings.
 */
export function jsonBytesOver(value: unknown, limit: number): boolean {
  // A cheap bound first (no UTF-8 encoding, no entry arrays): most responses are far below the limit.
  return boundOver(value, limit) && measuredOver(value, limit);
}

/**
 * Whether an upper bound of measuredOver's count passes the limit: a UTF-16 unit is at most 3 UTF-8
 * bytes, a number at most 24 characters. False means measuredOver would say false too.
 */
function boundOver(value: unknown, limit: number): boolean {
  let total = 0;
  const walk = (item: unknown): boolean => {
    if (item === null || item === undefined) return (total += 4) > limit;
    switch (typeof item) {
      case 'string':
        return (total += item.length * 3 + 2) > limit;
      case 'number':
        return (total += 24) > limit;
      case 'boolean':
        return (total += 5) > limit;
      case 'bigint':
        return (total += String(item).length) > limit;
      case 'object': {
        if (Array.isArray(item)) {
          if ((total += 2 + item.length) > limit) return true;
          for (let i = 0; i < item.length; i += 1) if (walk(item[i])) return true;
          return false;
        }
        if ((total += 2) > limit) return true;
        const record = item as Record<string, unknown>;
        for (const key in record) {
          if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
          if ((total += key.length * 3 + 4) > limit || walk(record[key])) return true;
        }
        return false;
      }
      default:
        return false;
    }
  };
  return walk(value);
}

function measuredOver(value: unknown, limit: number): boolean {
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
