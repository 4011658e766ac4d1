/**
 * Events as nodes: noun phrases headed by an event noun that carry an argument or are definite enough to
 * be one thing ("Russia's invasion of Ukraine", "a rocket attack on Zhytomyr Airport", "the referendum",
 * "the peace talks"). A possessor and an "of/on/against" argument give the act itself as a relation
 * (Russia -INVADES-> Ukraine).
 */
import { predicateForPhrase } from '../../vocabulary';
import { gazetteer } from '../gazetteer';
import { EVENT_NOUNS, SALIENT_EVENT_NOUNS } from '../lexicon/events';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import { demonymMention } from './descriptions';
import { makeDraft } from './drafts';
import type { MentionIndex, MentionLink } from './mention-index';

const PATIENT_PREPOSITIONS = new Set(['of', 'on', 'against', 'upon', 'with']);
const ARGUMENT_REACH = 5;

export function eventMentions(
  analysed: AnalysedText,
  index: MentionIndex,
): { mentions: MentionDraft[]; links: MentionLink[] } {
  const mentions: MentionDraft[] = [];
  const links: MentionLink[] = [];
  const tokens = analysed.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const head = tokens[i] as Token;
    if (
      head.pos !== 'NOUN' ||
      head.text !== head.lower ||
      !EVENT_NOUNS.has(head.lower) ||
      index.at(i) !== undefined
    )
      continue;
    const left = leftEdge(tokens, index, i);
    const argument = argumentAfter(analysed, index, i);
    const salient = SALIENT_EVENT_NOUNS.has(head.lower) && left.determined;
    if (
      left.possessor === undefined &&
      argument === undefined &&
      !salient &&
      !(left.compound && left.determined)
    )
      continue;
    const last = argument?.end ?? i + 1;
    const event = makeDraft(analysed, left.first, last, 'EVENT', 'event');
    event.attributes.head = head.lemma === 'talk' ? 'talks' : head.lemma;
    event.head = i;
    mentions.push(event);
    if (argument?.fresh === true) mentions.push(argument.mention);
    const predicate = predicateForPhrase(head.lemma) ?? predicateForPhrase(head.lower);
    if (left.possessor !== undefined && argument !== undefined && predicate !== undefined) {
      links.push({
        subject: left.possessor,
        predicate,
        object: argument.mention,
        construction: 'nominalization',
        confidence: 0.75,
      });
    }
    if (left.possessor !== undefined) event.attributes.agent = left.possessor.name;
    if (argument !== undefined)
      event.attributes.patient = argument.mention.canonical ?? argument.mention.name;
  }
  return { mentions, links };
}

interface LeftEdge {
  readonly first: number;
  readonly possessor?: MentionDraft;
  readonly determined: boolean;
  readonly compound: boolean;
}

/** Compound nouns and adjectives before the head, then a possessor or a determiner. */
function leftEdge(tokens: readonly Token[], index: MentionIndex, headAt: number): LeftEdge {
  let first = headAt;
  let compound = false;
  while (first > 0) {
    const previous = tokens[first - 1] as Token;
    if (previous.sentence !== tokens[headAt]?.sentence || index.at(first - 1) !== undefined) break;
    if (previous.pos === 'NOUN' && previous.text === previous.lower && !EVENT_NOUNS.has(previous.lower)) {
      compound = true;
      first -= 1;
    } else if (previous.pos === 'ADJ' && previous.text === previous.lower && first === headAt) {
      first -= 1;
    } else break;
  }
  // Adjectives are description, not name: the event is named from its compound nouns.
  while (first < headAt && (tokens[first] as Token).pos === 'ADJ') first += 1;
  const before = tokens[first - 1];
  if (before?.text === "'s" || before?.text === "'") {
    const possessor = index.endingAt(first - 1);
    if (possessor !== undefined && possessor.type !== 'DATE')
      return { first: possessor.first, possessor, determined: true, compound };
    return { first, determined: true, compound };
  }
  const determiner =
    before !== undefined && /^(the|this|these|that|those|its|his|her|their|our)$/.test(before.lower);
  return { first, determined: determiner, compound };
}

interface Argument {
  readonly mention: MentionDraft;
  readonly end: number;
  readonly fresh: boolean;
}

/** "of Ukraine", "on Zhytomyr Airport", "against 24 Belarusian legal entities". */
function argumentAfter(analysed: AnalysedText, index: MentionIndex, headAt: number): Argument | undefined {
  const tokens = analysed.tokens;
  const preposition = tokens[headAt + 1];
  if (preposition === undefined || !PATIENT_PREPOSITIONS.has(preposition.lower)) return undefined;
  for (let k = headAt + 2; k < headAt + 2 + ARGUMENT_REACH && k < tokens.length; k += 1) {
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
    const place = gazetteer().demonymOf(token.text);
    if (place !== undefined) {
      return { mention: demonymMention(analysed, k, place), end: nounPhraseEnd(tokens, k + 1), fresh: true };
    }
  }
  return undefined;
}

/** The end of the noun phrase the argument heads: "24 Belarusian legal entities and individuals". */
function nounPhraseEnd(tokens: readonly Token[], from: number): number {
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
