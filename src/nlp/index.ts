/**
 * Analysis: the typed CoreNLP annotation, the HTTP client that gets one, and the two analyzers (corenlp,
 * fast) behind one contract, extracting in worker threads.
 */
export type * from './annotation';
export {
  analyzerVersion,
  asExtractor,
  coreNlpAnalyzer,
  FAST_IDENTITY,
  fastAnalyzer,
  type Analyzer,
  type AnalyzerName,
  type AnalyzerOptions,
  type VersionedExtractor,
} from './analyzer';
export { MAX_CHUNK_CHARS, mergeAnnotations, splitText, type TextChunk } from './chunking';
export {
  CORENLP_VERSION,
  CoreNlpClient,
  DEFAULT_CORENLP_PROPERTIES,
  type CoreNlpClientOptions,
} from './corenlp-client';
export { ExtractionPool, inlineExtraction, type ExtractionRunner } from './extraction-pool';
export { DEFAULT_RETRY_POLICY, isConnectionError, type RetryPolicy } from './retry';
