/**
 * The analyzer a command runs (NEWSGRAPH_ANALYZER, or --analyzer on extract and ingest), built on the NLP
 * engine the command started (src/cli/nlp-engine.ts: the CoreNLP servers, or none for fast).
 * close() ends the analyzer's worker threads; stopping CoreNLP is the engine's stop().
 */
import type { AnalyzerName, Config } from '../config';
import {
  analyzerVersion,
  asExtractor,
  coreNlpAnalyzer,
  FAST_IDENTITY,
  fastAnalyzer,
  type Analyzer,
  type VersionedExtractor,
} from '../nlp/analyzer';
import { SYNTAX_EXTRACTOR_VERSION } from '../extract/syntax/version';
import { CoreNlpClient, coreNlpIdentity } from '../nlp/corenlp-client';
import { inlineExtraction } from '../nlp/extraction-pool';
import { usageError } from './args';
import type { NlpEngine } from './nlp-engine';

export const ANALYZER_NAMES: readonly AnalyzerName[] = ['corenlp', 'fast'];

export interface OpenAnalyzer {
  readonly analyzer: Analyzer;
  /** What ingest takes, its version attached for the content hash. */
  readonly extractor: VersionedExtractor;
  close(): Promise<void>;
}

/** --analyzer's value, else the configured one (NEWSGRAPH_ANALYZER). */
export function chosenAnalyzer(option: string | undefined, config: Config, usage: string): AnalyzerName {
  if (option === undefined) return config.nlp.analyzer;
  if (!(ANALYZER_NAMES as readonly string[]).includes(option)) {
    throw usageError(`--analyzer is ${ANALYZER_NAMES.join(' or ')}, not "${option}"`, usage);
  }
  return option as AnalyzerName;
}

export interface OpenAnalyzerOptions {
  /**
   * Extract on the calling thread instead of worker threads: for a one-shot command with one text and no
   * event loop to keep free (`newsgraph extract`).
   */
  readonly inline?: boolean;
}

export function openAnalyzer(
  config: Config,
  engine: Pick<NlpEngine, 'analyzer' | 'coreNlpUrls'>,
  options: OpenAnalyzerOptions = {},
): OpenAnalyzer {
  const where =
    options.inline === true
      ? { pool: inlineExtraction }
      : { extractTimeoutMs: config.ingest.extractTimeoutMs };
  const analyzer =
    engine.analyzer === 'fast'
      ? fastAnalyzer(where)
      : coreNlpAnalyzer(
          new CoreNlpClient({
            urls: engine.coreNlpUrls,
            threads: config.nlp.threads,
            timeoutMs: config.nlp.requestTimeoutMs,
          }),
          where,
        );
  return { analyzer, extractor: asExtractor(analyzer), close: () => analyzer.close() };
}

/**
 * The version an analyzer folds into the content hash, known without starting it: what a queue producer
 * names its jobs by (the worker that reads the article computes the same).
 */
export function analyzerVersionOf(name: AnalyzerName): string {
  return name === 'fast'
    ? analyzerVersion(FAST_IDENTITY)
    : analyzerVersion(coreNlpIdentity(), SYNTAX_EXTRACTOR_VERSION);
}
