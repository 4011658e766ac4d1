/**
 * The extractor ingest runs. Loaded on first use, so that the graph's modules (and their unit tests) do
 * not pay for the NLP model unless they extract.
 */
import type { ExtractOptions, Extraction } from '../extract/types';

export type Extractor = (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>;

/** A variable, not a literal: the graph compiles on its own, whatever state src/extract is in. */
const EXTRACT_MODULE = '../extract';

let loaded: Promise<Extractor> | undefined;

export function defaultExtractor(): Promise<Extractor> {
  loaded ??= import(EXTRACT_MODULE).then((module: { extract: Extractor }) => module.extract);
  return loaded;
}
