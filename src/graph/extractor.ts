/**
 * The extractor ingest runs. Loaded on first use, so that the graph's modules (and their unit tests) do
 * not pay for the NLP model unless they extract.
 */
import type { ExtractOptions, Extraction } from '../extract/types';

export interface Extractor {
  (text: string, options: ExtractOptions): Extraction | Promise<Extraction>;
  /**
   * What the content hash records as the extractor's version (src/nlp/analyzer.ts: EXTRACTOR_VERSION with
   * the analyzer folded in); absent: EXTRACTOR_VERSION.
   */
  readonly version?: string;
}

let loaded: Promise<Extractor> | undefined;

export function defaultExtractor(): Promise<Extractor> {
  loaded ??= import('../extract').then((module): Extractor => module.extract);
  return loaded;
}
