/**
 * The version of what the syntax extractor (the corenlp analyzer's) reads from an annotation. The
 * analyzer folds it, with the engine's version and settings, into each article's content hash, so an
 * upgrade re-reads articles. test/unit/extract/syntax/version.test.ts fails when the extractor's output on
 * the recorded annotations changes while this stays the same: bump it then, and record the new digest.
 */
export const SYNTAX_EXTRACTOR_VERSION = '2026-12-02.68';
