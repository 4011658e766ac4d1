/** The evaluation runs any function with the extractor's signature, so tests can pass their own. */
import type { ExtractOptions, Extraction } from '../extract/types';

export type Extractor = (text: string, options?: ExtractOptions) => Extraction | Promise<Extraction>;
