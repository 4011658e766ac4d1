/**
 * The arguments an event phrase carries after its head: "invasion of Ukraine" (patient), "attack by
 * Russian military forces" (agent), "attack ... in Ukraine" (place). A nationality stands for its country.
 */
import { gazetteer } from '../gazetteer';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import { demonymMention } from './descriptions';
import type { MentionIndex } from './mention-index';

const PATIENT_PREPOSITIONS = new Set(['of', 'on', 'against', 'upon', 'with']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside']);
const PLACE_TYPES = new Set(['CITY', 'COUNTRY', 'LOCATION', 'FACILITY']);
const ARGUMENT_REACH = 5;
const MAX_PHRASES = 3;

export interface EventArgument {
  readonly mention: MentionDraft;
  /** Exclusive token end of the noun phrase the argument heads. */
  readonly end: number;
  /** The mention was made here (a nationality word) and must join the article's mentions. */
  readonly fresh: boolean;
}

export interface EventArguments {
  readonly patient?: EventArgument;
  readonly agent?: EventArgument;
  readonly place?: EventArgument;
}

/** Up to three prepositional phrases after the head, each giving at most one argument. */
export function argumentsAfter(analysed: AnalysedText, index: MentionIndex, headAt: number): EventArguments {
  const tokens = analysed.tokens;
  const found: { patient?: EventArgument; agent?: EventArgument; place?: EventArgument } = {};
  let at = headAt + 1;
  for (let phrase = 0; phrase < MAX_PHRASES; phrase += 1) {
    const preposition = tokens[at];
    if (preposition === undefined || preposition.sentence !== tokens[headAt]?.sentence) break;
    const role = roleOf(preposition, found, phrase === 0);
    if (role === undefined) break;
    const argument = argumentFrom(analysed, index, at);
    if (argument === undefined) break;
    if (role === 'place' && !PLACE_TYPES.has(argument.mention.type)) break;
    found[role] = argument;
    at = argument.end;
  }
  return found;
}

function roleOf(
  preposition: Token,
  found: EventArguments,
  first: boolean,
): 'patient' | 'agent' | 'place' | undefined {
  if (first && PATIENT_PREPOSITIONS.has(preposition.lower)) return 'patient';
  if (preposition.lower === 'by' && found.agent === undefined) return 'agent';
  if (PLACE_PREPOSITIONS.has(preposition.lower) && found.place === undefined) return 'place';
  return undefined;
}

/** The first mention (or nationality word) of the noun phrase after the preposition at `at`. */
function argumentFrom(analysed: AnalysedText, index: MentionIndex, at: number): EventArgument | undefined {
  const tokens = analysed.tokens;
  const preposition = tokens[at] as Token;
  for (let k = at + 1; k < at + 1 + ARGUMENT_REACH && k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    if (
      token.sentence !== preposition.sentence ||
      token.pos === 'VERB' ||
      token.pos === 'PUNCT' ||
      token.pos === 'ADP'
    )
      break;
    const mention = index.at(k);
    if (mention !== undefined && mention.type !== 'DATE') {
      if (tokens[mention.last]?.text === "'s") return undefined;
      return { mention, end: nounPhraseEnd(tokens, mention.last), fresh: false };
    }
    const place = token.text === token.lower ? undefined : gazetteer().demonymOf(token.text);
    if (place !== undefined)
      return { mention: demonymMention(analysed, k, place), end: nounPhraseEnd(tokens, k + 1), fresh: true };
  }
  return undefined;
}

/** The end of the noun phrase the argument heads: "24 Belarusian legal entities and individuals". */
export function nounPhraseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const token = tokens[end] as Token;
    const next = tokens[end + 1];
    const joins =
      token.lower === 'and' && next !== undefined && next.pos === 'NOUN' && next.text === next.lower;
    if (token.sentence !== tokens[from - 1]?.sentence) break;
    if (token.text === token.lower && (token.pos === 'NOUN' || token.pos === 'ADJ' || joins)) end += 1;
    else break;
  }
  return end;
}
