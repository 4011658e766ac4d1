/**
 * Verb groups: auxiliaries, adverbs and negation around a main verb ("has so far not been directly
 * involved", "will also close"), with voice, negation and modality read off them.
 */
import { MODAL_VERBS, NEGATIONS } from '../lexicon/function-words';
import type { AnalysedText, SentenceSpan, Token } from '../nlp/document';

export interface VerbGroup {
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
  readonly head: number;
  readonly lemma: string;
  readonly negated: boolean;
  readonly modality: string | null;
  readonly passive: boolean;
  /** Tokens of the group carry a finite verb or an auxiliary (not a bare participle or gerund). */
  readonly finite: boolean;
}

const MODAL_NAMES: Readonly<Record<string, string>> = { "'ll": 'will', wo: 'will', ca: 'can', shall: 'will' };
const PASSIVE_AUXILIARIES = new Set(['be', 'get']);
/** Verbs that take another verb ("continues to support", "agreed to hold"): the inner verb is the predicate. */
export const CATENATIVE_VERBS = new Set([
  'continue',
  'begin',
  'start',
  'try',
  'attempt',
  'agree',
  'plan',
  'want',
  'decide',
  'seek',
  'refuse',
  'promise',
  'vow',
  'pledge',
  'hope',
  'intend',
  'aim',
  'expect',
  'fail',
  'manage',
  'prepare',
  'threaten',
  'need',
  'appear',
  'seem',
  'move',
  'offer',
  'tend',
  'go',
]);
const CATENATIVE_MODALITY: Readonly<Record<string, string>> = {
  plan: 'planned',
  want: 'wanted',
  threaten: 'threatened',
  promise: 'promised',
  vow: 'promised',
  pledge: 'promised',
  hope: 'hoped',
  intend: 'planned',
  aim: 'planned',
  expect: 'expected',
  seek: 'attempted',
  try: 'attempted',
  attempt: 'attempted',
  refuse: 'refused',
  fail: 'failed',
  go: 'will',
  prepare: 'planned',
};

export function verbGroups(analysed: AnalysedText, sentence: SentenceSpan): VerbGroup[] {
  const tokens = analysed.tokens;
  const groups: VerbGroup[] = [];
  let i = sentence.first;
  while (i < sentence.last) {
    const token = tokens[i] as Token;
    if (!startsGroup(token)) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < sentence.last && continuesGroup(tokens[end] as Token)) end += 1;
    const group = readGroup(tokens, i, end, sentence.last);
    if (group !== undefined) groups.push(group);
    i = Math.max(end, group?.last ?? end, i + 1);
  }
  return groups;
}

function startsGroup(token: Token): boolean {
  return token.pos === 'AUX' || token.pos === 'VERB';
}

function continuesGroup(token: Token): boolean {
  return (
    token.pos === 'AUX' ||
    token.pos === 'VERB' ||
    token.pos === 'ADV' ||
    NEGATIONS.has(token.lower) ||
    token.lower === "n't"
  );
}

function readGroup(
  tokens: readonly Token[],
  first: number,
  end: number,
  limit: number,
): VerbGroup | undefined {
  let last = end;
  while (last > first && (tokens[last - 1] as Token).pos === 'ADV') last -= 1;
  let head = -1;
  for (let k = first; k < last; k += 1) if ((tokens[k] as Token).pos === 'VERB') head = k;
  // "are now allies", "are in Yemen": a form of "be" with no other verb is the group's head.
  if (head < 0) head = copulaHead(tokens, first, last);
  if (head < 0) return undefined;
  const words = tokens.slice(first, last);
  const negated = words.some((t) => NEGATIONS.has(t.lower));
  const modal = words.find((t) => MODAL_VERBS.has(t.lower));
  let modality = modal === undefined ? null : (MODAL_NAMES[modal.lower] ?? modal.lower);
  const auxiliaries = words.filter((t) => t.pos === 'AUX' && t.index < head);
  const headToken = tokens[head] as Token;
  const passive =
    auxiliaries.some((t) => PASSIVE_AUXILIARIES.has(t.lemma) && t.index === lastAuxBefore(tokens, head)) &&
    isParticiple(headToken);
  const finite = auxiliaries.length > 0 || !/ing$/.test(headToken.lower);
  // "continues to support": the group goes on to the inner verb, which becomes the predicate.
  if (
    CATENATIVE_VERBS.has(headToken.lemma) &&
    tokens[head + 1]?.lower === 'to' &&
    tokens[head + 2]?.pos === 'VERB' &&
    head + 2 < limit
  ) {
    modality ??= CATENATIVE_MODALITY[headToken.lemma] ?? null;
    const inner = tokens[head + 2] as Token;
    return {
      first,
      last: head + 3,
      head: head + 2,
      lemma: inner.lemma,
      negated,
      modality,
      passive: false,
      finite,
    };
  }
  return { first, last, head, lemma: headToken.lemma, negated, modality, passive, finite };
}

function copulaHead(tokens: readonly Token[], first: number, last: number): number {
  for (let k = last - 1; k >= first; k -= 1) {
    const token = tokens[k] as Token;
    if (token.pos === 'AUX') return token.lemma === 'be' ? k : -1;
  }
  return -1;
}

function lastAuxBefore(tokens: readonly Token[], head: number): number {
  for (let k = head - 1; k >= 0 && k > head - 5; k -= 1) if ((tokens[k] as Token).pos === 'AUX') return k;
  return -1;
}

function isParticiple(token: Token): boolean {
  return token.lower !== token.lemma && !/ing$/.test(token.lower) && !/s$/.test(token.lower);
}
