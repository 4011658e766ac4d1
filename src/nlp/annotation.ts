/**
 * What an analyzer returns for one text: the typed model of Stanford CoreNLP's JSON output
 * (`outputFormat=json`), the one contract between the NLP engine and the extractor.
 *
 * Field names are CoreNLP's own, so a recorded server response is an Annotation as it stands.
 * Offsets (`characterOffsetBegin`/`End`) are UTF-16 code-unit offsets into the text that was analysed
 * (Java strings and JavaScript strings count the same units), `End` exclusive. Token indices inside a
 * sentence are 1-based, as CoreNLP writes them; 0 in a dependency's `governor` is the ROOT.
 * A client that splits a long text into several requests shifts every offset and index back into the
 * whole text, so the extractor never knows the text was split.
 */

/** A named-entity or numeric label from CoreNLP's NER (`O` for none). */
export type NerLabel = string;

export interface Token {
  /** 1-based position in the sentence. */
  readonly index: number;
  /** The token as CoreNLP normalised it (`-LRB-` for "(", straight quotes as ``/''). */
  readonly word: string;
  /** The token exactly as it stands in the text. */
  readonly originalText: string;
  readonly lemma: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
  /** Penn Treebank tag. */
  readonly pos: string;
  readonly ner: NerLabel;
  /** Normalized value for numbers, money, dates, durations ("$2000000000.0", "2022-02-28"). */
  readonly normalizedNER?: string;
  /** Who says this token, when the quote annotator attributes it (e.g. "PER0", or a mention). */
  readonly speaker?: string;
  readonly before: string;
  readonly after: string;
  /** SUTime's reading of a date or time token. */
  readonly timex?: Timex;
}

export interface Timex {
  readonly tid: string;
  readonly type: string;
  readonly value?: string;
  readonly altValue?: string;
}

/** One edge of a dependency graph: `dep` is the Universal Dependencies relation ("nsubj", "obl:on"). */
export interface Dependency {
  readonly dep: string;
  /** 1-based token index, 0 for ROOT. */
  readonly governor: number;
  readonly governorGloss: string;
  readonly dependent: number;
  readonly dependentGloss: string;
}

export interface EntityMention {
  /** Token range inside the sentence, 0-based, `tokenEnd` exclusive. */
  readonly tokenBegin: number;
  readonly tokenEnd: number;
  /** Token range over the whole document, 0-based, `docTokenEnd` exclusive. */
  readonly docTokenBegin: number;
  readonly docTokenEnd: number;
  readonly text: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
  readonly ner: NerLabel;
  readonly normalizedNER?: string;
  /** The classifier's probability per label, when the NER annotator reports it. */
  readonly nerConfidences?: Readonly<Record<string, number>>;
  /** The Wikipedia title the entity linker chose (entitylink annotator), when enabled. */
  readonly entitylink?: string;
  readonly timex?: Timex;
}

export interface Sentence {
  /** 0-based position in the document. */
  readonly index: number;
  /** Basic Universal Dependencies (a tree). */
  readonly basicDependencies?: readonly Dependency[];
  /** Enhanced++ Universal Dependencies (a graph: propagated conjuncts, relative-clause referents...). */
  readonly enhancedPlusPlusDependencies?: readonly Dependency[];
  readonly entitymentions?: readonly EntityMention[];
  readonly tokens: readonly Token[];
}

export interface CorefMention {
  readonly id: number;
  readonly text: string;
  /** PRONOMINAL, NOMINAL, PROPER, LIST. */
  readonly type: string;
  readonly number: string;
  readonly gender: string;
  readonly animacy: string;
  /** 1-based token indices inside sentence `sentNum`, `endIndex` exclusive. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly headIndex: number;
  /** 1-based sentence number. */
  readonly sentNum: number;
  readonly isRepresentativeMention: boolean;
}

export interface Annotation {
  readonly sentences: readonly Sentence[];
  /** Coreference chains keyed by chain id, when the coref annotator ran. */
  readonly corefs?: Readonly<Record<string, readonly CorefMention[]>>;
}

/** Which engine produced an annotation, and how: folded into EXTRACTOR_VERSION and the content hash. */
export interface AnalyzerIdentity {
  /** "corenlp" or "fast". */
  readonly name: string;
  /** The engine's version, e.g. "4.5.10". */
  readonly version: string;
  /** The annotators and options that shape the output, in a stable order. */
  readonly settings: string;
}
