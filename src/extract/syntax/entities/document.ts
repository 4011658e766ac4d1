/**
 * Per-sentence views of an Annotation that the entity stage reads many times: each token's governor and
 * relation in the basic dependency tree, its dependents, whether it stands inside a quotation, and the
 * token that covers a character offset. Built once per document, linear in its tokens.
 */
import type { Annotation, CorefMention, Sentence, Token } from '../../../nlp/annotation';
import { list } from '../lexicon';
import { resolveCoreference } from './coreference';

export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** governor[t] for 1-based t; 0 is ROOT, -1 when the tree does not cover the token. */
  readonly governor: Int32Array;
  /** relation[t]: the basic UD relation to the governor ("nsubj", "compound", "nmod:poss"). */
  readonly relation: readonly string[];
  /** dependents[t]: 1-based token indices whose governor is t, in order. */
  readonly dependents: readonly (readonly number[])[];
  /** inQuote[t]: the token lies between an opening and a closing quotation mark. */
  readonly inQuote: readonly boolean[];
}

export interface DocumentView {
  readonly text: string;
  readonly sentences: readonly SentenceView[];
  /** Coreference chains keyed by chain id: CoreNLP's when it ran coref, else ./coreference.ts's. */
  readonly chains: Readonly<Record<string, readonly CorefMention[]>>;
  /** The token lower-cased word at (sentence, token), "" outside. */
  lower(sentence: number, token: number): string;
}

/** Brackets as CoreNLP writes them (PTB escapes or the characters). */
export const OPENING_BRACKETS: ReadonlySet<string> = new Set(['(', '-LRB-']);
export const CLOSING_BRACKETS: ReadonlySet<string> = new Set([')', '-RRB-']);

const OPEN_QUOTES = new Set(['``', '"', '\u201c', '`', '\u2018']);
const CLOSE_QUOTES = new Set(["''", '"', '\u201d', "'", '\u2019']);

export function viewOf(annotation: Annotation, text: string): DocumentView {
  const sentences = annotation.sentences.map((sentence, i) => sentenceView(sentence, i));
  markQuotes(sentences, text);
  return {
    text,
    sentences,
    // CoreNLP's chains when its coref annotator ran (a custom setting), ours otherwise.
    chains: annotation.corefs ?? resolveCoreference(sentences),
    lower: (s, t) => sentences[s]?.tokens[t - 1]?.word.toLowerCase() ?? '',
  };
}

function sentenceView(sentence: Sentence, index: number): SentenceView {
  const n = sentence.tokens.length;
  const governor = new Int32Array(n + 1).fill(-1);
  const relation: string[] = new Array<string>(n + 1).fill('');
  const dependents: number[][] = Array.from({ length: n + 1 }, () => []);
  for (const dep of sentence.basicDependencies ?? []) {
    if (dep.dependent < 1 || dep.dependent > n) continue;
    governor[dep.dependent] = dep.governor;
    relation[dep.dependent] = dep.dep;
    if (dep.governor >= 0 && dep.governor <= n) dependents[dep.governor]!.push(dep.dependent);
  }
  for (const list of dependents) list.sort((a, b) => a - b);
  return {
    index,
    sentence,
    tokens: sentence.tokens,
    governor,
    relation,
    dependents,
    inQuote: new Array<boolean>(n + 1).fill(false),
  };
}

/**
 * Quotations may span sentences ("He said: "A. B." ..."), so the state carries over. Straight double
 * quotes toggle; typographic and PTB quotes open and close.
 */
function markQuotes(sentences: readonly SentenceView[], text: string): void {
  let open = false;
  for (const [i, view] of sentences.entries()) {
    const flags = view.inQuote as boolean[];
    for (const token of view.tokens) {
      const w = token.word;
      const isQuote = w === '``' || w === "''" || w === '"' || w === '\u201c' || w === '\u201d';
      if (isQuote) {
        if (w === '"') open = !open;
        else if (OPEN_QUOTES.has(w)) open = true;
        else if (CLOSE_QUOTES.has(w)) open = false;
        continue;
      }
      flags[token.index] = open;
    }
    // A quotation never runs past a paragraph break: the text between sentences holding a blank line
    // (read from the text: a closing quote split off as a sentence of its own keeps only one "\n" after).
    const last = view.tokens[view.tokens.length - 1];
    if (last === undefined) continue;
    const next = sentences[i + 1]?.tokens[0];
    const between = text.slice(
      last.characterOffsetEnd,
      next?.characterOffsetBegin ?? last.characterOffsetEnd + last.after.length,
    );
    if (/\n\s*\n/.test(between)) open = false;
  }
}

/** The 1-based index of the token whose span contains or follows `offset`, by binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.characterOffsetEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/**
 * The token of [first, last] whose governor lies outside the span. When a broken parse lets several
 * leave it ("Blue/RB Harbour/NNP"), a noun wins over other words, then the one closest to the root.
 */
export function headOf(view: SentenceView, first: number, last: number): number {
  let best = last;
  let bestScore = Number.MAX_SAFE_INTEGER;
  for (let t = first; t <= last; t += 1) {
    const g = view.governor[t] ?? -1;
    if (g >= first && g <= last) continue;
    let depth = 0;
    for (let x = g; x > 0 && depth < 64; x = view.governor[x] ?? 0) depth += 1;
    const noun = /^(NN|CD|PRP)/.test(view.tokens[t - 1]?.pos ?? '');
    const score = (noun ? 0 : 1000) + depth;
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** A token in a sentence: 0-based sentence, 1-based token. */
export interface SentenceToken {
  readonly sentence: number;
  readonly token: number;
}

/**
 * The tokens that may name who speaks the quotation in sentence `s`, in the order to try them: the
 * dependents in `relation` (subjects, and what the parser makes of '"...," said X') of saying verbs outside
 * quotation marks, in `s`; then in the next sentence, when the quote runs on past `s`'s end; then in the
 * `back` sentences before, when it began before `s`. Callers take the first that names an entity.
 */
export function quoteSpeakerTokens(
  sentences: readonly SentenceView[],
  s: number,
  options: { readonly back: number; readonly relation: RegExp },
): SentenceToken[] {
  const view = sentences[s];
  if (view === undefined) return [];
  const say = list('sayVerbs');
  const order = [s];
  const letters = view.tokens.filter((token) => /\p{L}/u.test(token.word));
  const first = letters[0];
  const last = letters[letters.length - 1];
  if (last !== undefined && view.inQuote[last.index] === true) order.push(s + 1);
  if (first !== undefined && view.inQuote[first.index] === true)
    for (let back = 1; back <= options.back; back += 1) order.push(s - back);
  const out: SentenceToken[] = [];
  for (const candidate of order) {
    const v = sentences[candidate];
    if (v === undefined) continue;
    for (const token of v.tokens) {
      if (v.inQuote[token.index] === true || !token.pos.startsWith('VB')) continue;
      if (!say.has(token.lemma.toLowerCase())) continue;
      for (const d of v.dependents[token.index] ?? []) {
        if (options.relation.test(v.relation[d] ?? '') && v.inQuote[d] !== true)
          out.push({ sentence: candidate, token: d });
      }
    }
  }
  return out;
}
