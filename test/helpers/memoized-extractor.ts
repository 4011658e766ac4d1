import type { Extraction } from '../../src/extract/types';
import type { Extractor } from '../../src/graph/extractor';

/**
 * Extracts each text once: tests that ingest one corpus in many orders compare the writes, and the
 * extractions do not change with the order (the fast analyzer is a pure function of the text).
 */
export function memoizedExtractor(extractor: Extractor): Extractor {
  const cache = new Map<string, Extraction>();
  return async (text, options) => {
    const key = `${options.id}\n${text}`;
    const cached = cache.get(key) ?? (await extractor(text, options));
    cache.set(key, cached);
    return cached;
  };
}
