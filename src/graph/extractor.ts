/**
 * The extractor ingest runs. Loaded on first use, so that the graph's modules (and their unit tests) do
 * not pay for the NLP model unless they extract.
 */
import type { ExtractOptions, Extraction } from '../extract/types';

export type Extractor = (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>;

let loaded: Promise<Extractor> | undefined;

export function defaultExtractor(): Promise<Extractor> {
  loaded ??= import('../extract').then((module): Extractor => module.extract);
  return loaded;
}
