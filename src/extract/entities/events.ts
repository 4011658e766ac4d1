/**
 * Events as nodes: noun phrases headed by an event noun that carry an argument or are definite enough to
 * be one thing ("Russia's invasion of Ukraine", "a rocket attack on Zhytomyr Airport", "the referendum",
 * "the peace talks"). An agent (a possessor, a nationality, "by X") and a patient ("of/on/against X") give
 * the act itself as a relation (Russia -INVADES-> Ukraine); the event node is linked to its arguments: the
 * agent PARTICIPATES_IN it, it TARGETS its patient and is LOCATED_IN its place.
 */
import { predicateForPhrase } from '../../vocabulary';
import { gazetteer } from '../gazetteer';
import { EVENT_NOUNS, SALIENT_EVENT_NOUNS } from '../lexicon/events';
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import { demonymMention } from './descriptions';
import { makeDraft } from './drafts';
import { argumentsAfter, type EventArguments } from './event-arguments';
import type { MentionIndex, MentionLink } from './mention-index';

/** Acts whose place is what they strike: "an attack by X in Ukraine" attacks Ukraine. */
const PLACE_IS_TARGET = new Set(['ATTACKS', 'INVADES']);

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
      !(EVENT_NOUNS.has(head.lower) || EVENT_NOUNS.has(head.lemma)) ||
      index.at(i) !== undefined
    )
      continue;
    const left = leftEdge(analysed, index, i);
    const args = argumentsAfter(analysed, index, i);
    const agent = left.possessor ?? args.agent?.mention;
    const salient = SALIENT_EVENT_NOUNS.has(head.lower) && left.determined;
    const argued = agent !== undefined || args.patient !== undefined;
    if (!argued && !salient && !(left.compound && left.determined)) continue;
    const event = makeDraft(analysed, left.first, args.patient?.end ?? i + 1, 'EVENT', 'event');
    event.attributes.head = head.lemma === 'talk' ? 'talks' : head.lemma;
    event.head = i;
    mentions.push(event);
    if (left.fresh) mentions.push(left.possessor as MentionDraft);
    for (const argument of [args.patient, args.agent, args.place])
      if (argument?.fresh === true) mentions.push(argument.mention);
    const predicate = predicateForPhrase(head.lemma) ?? predicateForPhrase(head.lower);
    links.push(...actLinks(agent, predicate, args));
    links.push(...argumentLinks(event, agent, args));
    if (agent !== undefined) event.attributes.agent = agent.canonical ?? agent.name;
    if (args.patient !== undefined)
      event.attributes.patient = args.patient.mention.canonical ?? args.patient.mention.name;
  }
  return { mentions, links };
}

function link(
  subject: MentionDraft,
  predicate: string,
  object: MentionDraft,
  confidence: number,
): MentionLink {
  return { subject, predicate, object, construction: 'nominalization', confidence };
}

/** The act the phrase names, read as a fact: Russia -INVADES-> Ukraine. */
function actLinks(
  agent: MentionDraft | undefined,
  predicate: string | undefined,
  args: EventArguments,
): MentionLink[] {
  if (agent === undefined || predicate === undefined) return [];
  if (args.patient !== undefined) return [link(agent, predicate, args.patient.mention, 0.75)];
  const place = args.place?.mention;
  if (place !== undefined && PLACE_IS_TARGET.has(predicate) && place.type !== 'FACILITY')
    return [link(agent, predicate, place, 0.65)];
  return [];
}

/** The event node and its arguments, so a graph can walk from the act to who and what it concerns. */
function argumentLinks(
  event: MentionDraft,
  agent: MentionDraft | undefined,
  args: EventArguments,
): MentionLink[] {
  const links: MentionLink[] = [];
  if (agent !== undefined) links.push(link(agent, 'PARTICIPATES_IN', event, 0.7));
  if (args.patient !== undefined) links.push(link(event, 'TARGETS', args.patient.mention, 0.7));
  if (args.place !== undefined) links.push(link(event, 'LOCATED_IN', args.place.mention, 0.7));
  return links;
}

interface LeftEdge {
  readonly first: number;
  readonly possessor?: MentionDraft;
  /** The possessor is a nationality word made here ("Russian attacks"). */
  readonly fresh: boolean;
  readonly determined: boolean;
  readonly compound: boolean;
}

/** Compound nouns and adjectives before the head, then a possessor, a nationality or a determiner. */
function leftEdge(analysed: AnalysedText, index: MentionIndex, headAt: number): LeftEdge {
  const tokens = analysed.tokens;
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
      return { first: possessor.first, possessor, fresh: false, determined: true, compound };
    return { first, fresh: false, determined: true, compound };
  }
  const nationality = nationalityAt(analysed, index, first - 1);
  if (nationality !== undefined) return nationality;
  const determiner =
    before !== undefined && /^(the|this|these|that|those|its|his|her|their|our)$/.test(before.lower);
  return { first, fresh: false, determined: determiner, compound };
}

/** "Russian attacks": a nationality word before the head names the agent. */
function nationalityAt(analysed: AnalysedText, index: MentionIndex, at: number): LeftEdge | undefined {
  const token = analysed.tokens[at];
  if (
    token === undefined ||
    token.text === token.lower ||
    token.sentence !== analysed.tokens[at + 1]?.sentence
  )
    return undefined;
  const existing = index.at(at);
  if (existing !== undefined)
    return existing.attributes.demonym === true
      ? { first: at, possessor: existing, fresh: false, determined: true, compound: false }
      : undefined;
  const place = gazetteer().demonymOf(token.text);
  // "Cuban missile crisis" in an article that never names Cuba: a name's adjective, not an agent.
  if (place === undefined || !index.mentions.some((m) => m.key === place.key)) return undefined;
  const possessor = demonymMention(analysed, at, place);
  return { first: at + 1, possessor, fresh: true, determined: true, compound: false };
}
