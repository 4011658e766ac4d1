/**
 * Two analyzers, one contract: read(text, options) → Extraction.
 * - corenlp: the CoreNLP server annotates the text (the only I/O), then the syntax extractor reads the
 *   annotation, a pure function of (text, annotation).
 * - fast: today's in-process extractor (wink-nlp), for users without the heap CoreNLP needs.
 * Both extract in a worker-thread pool, off the event loop. An analyzer's `version` is what ingest folds
 * into the content hash: changing the analyzer, its engine or its settings re-reads every article.
 */
import { createHash } from 'node:crypto';
import { version as winkVersion } from 'wink-nlp/package.json';
import { version as winkModelVersion } from 'wink-eng-lite-web-model/package.json';
import type { Extraction, ExtractOptions } from '../extract/types';
import { SYNTAX_EXTRACTOR_VERSION } from '../extract/syntax/version';
import { EXTRACTOR_VERSION } from '../extract/version';
import type { AnalyzerIdentity } from './annotation';
import type { CoreNlpClient } from './corenlp-client';
import { ExtractionPool, type ExtractionRunner } from './extraction-pool';

export type AnalyzerName = 'corenlp' | 'fast';

export interface Analyzer {
  readonly identity: AnalyzerIdentity;
  /** EXTRACTOR_VERSION with the identity folded in: goes into each article's content hash. */
  readonly version: string;
  read(text: string, options: ExtractOptions): Promise<Extraction>;
  /** Ends the worker threads this analyzer owns. */
  close(): Promise<void>;
}

/** What ingest takes (src/graph/extractor.ts's Extractor): a function that knows its version. */
export interface VersionedExtractor {
  (text: string, options: ExtractOptions): Promise<Extraction>;
  readonly version: string;
}

export const FAST_IDENTITY: AnalyzerIdentity = Object.freeze({
  name: 'fast',
  version: `wink-nlp ${winkVersion}`,
  settings: `model=wink-eng-lite-web-model ${winkModelVersion}`,
});

/**
 * The fast analyzer's version is EXTRACTOR_VERSION itself: that is the extractor whose output the
 * version test pins, wink's version included, so graphs ingested before analyzers existed are not re-read
 * for nothing. Any other analyzer adds its name, engine version and a digest of its settings.
 */
export function analyzerVersion(
  identity: AnalyzerIdentity,
  extractorVersion: string = EXTRACTOR_VERSION,
): string {
  if (identity.name === FAST_IDENTITY.name) return extractorVersion;
  const settings = createHash('sha256').update(identity.settings, 'utf8').digest('hex').slice(0, 12);
  return `${extractorVersion}+${identity.name}-${identity.version}-${settings}`;
}

export interface AnalyzerOptions {
  /**
   * Where extraction runs: a pool shared with other analyzers, inlineExtraction, or (default) a worker
   * pool of the analyzer's own that close() ends.
   */
  readonly pool?: ExtractionRunner;
  /** The extractor's version the identity folds into; default EXTRACTOR_VERSION (fast) or SYNTAX_EXTRACTOR_VERSION. */
  readonly extractorVersion?: string;
}

export function fastAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const { pool, close } = poolOf(options);
  return {
    identity: FAST_IDENTITY,
    version: analyzerVersion(FAST_IDENTITY, options.extractorVersion),
    read: (text, extractOptions) => pool.run({ kind: 'fast', text, options: extractOptions }),
    close,
  };
}

export function coreNlpAnalyzer(client: CoreNlpClient, options: AnalyzerOptions = {}): Analyzer {
  const { pool, close } = poolOf(options);
  const identity = client.identity();
  return {
    identity,
    version: analyzerVersion(identity, options.extractorVersion ?? SYNTAX_EXTRACTOR_VERSION),
    read: async (text, extractOptions) => {
      // CoreNLP reads the text with glued names split; the extractor maps the offsets back.
      const annotation = await client.annotate(await pool.syntaxInput(text));
      return pool.run({ kind: 'syntax', text, annotation, options: extractOptions });
    },
    close,
  };
}

/** The analyzer as ingest's Extractor, its version attached for the content hash. */
export function asExtractor(analyzer: Analyzer): VersionedExtractor {
  const extractor = (text: string, options: ExtractOptions) => analyzer.read(text, options);
  return Object.assign(extractor, { version: analyzer.version });
}

function poolOf(options: AnalyzerOptions): { pool: ExtractionRunner; close: () => Promise<void> } {
  if (options.pool !== undefined) return { pool: options.pool, close: () => Promise.resolve() };
  const pool = new ExtractionPool();
  return { pool, close: () => pool.close() };
}
