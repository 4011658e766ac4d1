/**
 * The one place that talks to wink-nlp. Chosen by measurement (see src/extract/README.md): parts of speech,
 * lemmas, sentences and numeric entities at about 2 ms for a 7 KB article, against about 78 ms for
 * compromise. The model is loaded once per process, on first use.
 */
import winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface RawToken {
  readonly value: string;
  readonly precedingSpaces: string;
  readonly pos: string;
  readonly lemma: string;
  readonly kind: string;
}

export interface RawAnalysis {
  readonly tokens: readonly RawToken[];
  /** [first, last] token indices, inclusive, as wink gives them. */
  readonly sentences: readonly (readonly [number, number])[];
  readonly entities: readonly { readonly type: string; readonly span: readonly [number, number] }[];
}

let nlp: WinkMethods | undefined;

function engine(): WinkMethods {
  // Sentiment, negation and wink's entity recognizer are not used (nlp/numerics.ts finds dates and amounts):
  // leaving them out of the pipe halves the time.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function analyseWithWink(text: string): RawAnalysis {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const kinds = tokens.out(its.type) as string[];
  const raw: RawToken[] = values.map((value, i) => ({
    value,
    precedingSpaces: spaces[i] ?? '',
    pos: pos[i] ?? 'X',
    lemma: lemmas[i] ?? value.toLowerCase(),
    kind: kinds[i] ?? 'word',
  }));
  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
    ([first, last]) => [first, last] as const,
  );
  const types = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const entities = spans.map(([first, last], i) => ({
    type: types[i] ?? 'UNKNOWN',
    span: [first, last] as const,
  }));
  return { tokens: raw, sentences, entities };
}
