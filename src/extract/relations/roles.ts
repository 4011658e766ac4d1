/**
 * Roles that name what a person works for or leads, on either side of the name:
 *  "Dana Price, a spokeswoman for the museum"                   -> WORKS_FOR (LEADS for leaders)
 *  "X, chief of waste disposal for the NRC", "X, an official with the party" -> WORKS_FOR
 *  "X, a native of Tulsa"                                       -> LIVES_IN
 *  "Micheal, a CIA officer and marine"                          -> WORKS_FOR CIA
 *  "Richard Taylor, an Atlanta architect"                       -> BELONGS_TO Atlanta
 *  "the interim leader of a liberated Afghanistan, Chairman Hamid Karzai" -> LEADS Afghanistan
 */
import { gazetteer } from '../gazetteer';
import { LEADER_ROLES, ROLE_NOUNS } from '../lexicon/titles';
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import { ref } from './subjects';

const PLACES = new Set(['CITY', 'COUNTRY', 'LOCATION']);
const MAX_MODIFIERS = 3;
const RESIDENCE_NOUNS = new Set(['native', 'resident', 'citizen', 'mayor', 'governor']);
const ROLE_PREPOSITIONS = new Set(['for', 'of', 'at', 'in', 'with']);
const MAX_ROLE_WORDS = 6;
const SUBORDINATE_WORDS = new Set(['assistant', 'deputy', 'vice', 'associate', 'acting', 'former']);

export function readRoles(index: ArgumentIndex, sentence: SentenceSpan): RelationDraft[] {
  const relations: RelationDraft[] = [];
  for (const person of index.inSentence(sentence.index)) {
    if (person.type !== 'PERSON' || index.startingAt(person.first) !== person) continue;
    const after = holderRoleAfter(index, sentence, person);
    if (after !== undefined) relations.push(after);
    const before = rolePhraseBefore(index, sentence, person);
    if (before !== undefined) relations.push(before);
  }
  return relations;
}

function make(
  person: MentionDraft,
  role: Token,
  holder: MentionDraft,
  sentence: SentenceSpan,
  subordinate = false,
): RelationDraft | undefined {
  if (person.entity === holder.entity) return undefined;
  const leads = LEADER_ROLES.has(role.lower) && !subordinate;
  const resident = RESIDENCE_NOUNS.has(role.lower) && holder.type !== 'ORGANIZATION';
  const predicate = resident
    ? 'LIVES_IN'
    : holder.type === 'ORGANIZATION'
      ? leads
        ? 'LEADS'
        : 'WORKS_FOR'
      : leads
        ? 'LEADS'
        : 'BELONGS_TO';
  return {
    subject: ref(person, 'mention'),
    predicate,
    object: ref(holder, 'mention'),
    sentence: sentence.index,
    negated: false,
    modality: null,
    construction: 'apposition',
    base: 0.7,
    trigger: { start: role.start, end: role.end },
    known: true,
  };
}

/** ", a CIA officer", ", an Atlanta architect": the holder stands before the role noun. */
function holderRoleAfter(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  person: MentionDraft,
): RelationDraft | undefined {
  const tokens = index.analysed.tokens;
  if (tokens[person.last]?.text !== ',' || tokens[person.last + 1]?.pos !== 'DET') return undefined;
  let at = person.last + 2;
  // "another former CBOT trader"
  while (at < sentence.last && at < person.last + 2 + MAX_MODIFIERS && tokens[at]?.pos === 'ADJ') at += 1;
  const holder = index.startingAt(at);
  if (holder === undefined || (holder.type !== 'ORGANIZATION' && !PLACES.has(holder.type))) return undefined;
  let k = holder.last;
  while (k < sentence.last && k < holder.last + MAX_MODIFIERS && tokens[k]?.pos === 'ADJ') k += 1;
  const role = tokens[k];
  if (role === undefined || k >= sentence.last || !ROLE_NOUNS.has(role.lower)) return undefined;
  return make(person, role, holder, sentence);
}

/** "the interim leader of a liberated Afghanistan, Chairman Hamid Karzai". */
function rolePhraseBefore(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  person: MentionDraft,
): RelationDraft | undefined {
  const tokens = index.analysed.tokens;
  const start = person.titleFirst ?? person.first;
  if (tokens[start - 1]?.text !== ',') return undefined;
  const holder = index.endingOn(start - 2);
  if (holder === undefined || (holder.type !== 'ORGANIZATION' && !PLACES.has(holder.type))) return undefined;
  let k = holder.first - 1;
  while (k > sentence.first && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'DET')) k -= 1;
  if (!/^(of|for)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const role = tokens[k - 1];
  if (role === undefined || k - 1 < sentence.first || !ROLE_NOUNS.has(role.lower)) return undefined;
  return make(person, role, holder, sentence);
}

/**
 * After a person and a comma: [a] [modifiers] ROLE [of FIELD] PREPOSITION [the ...] HOLDER
 * ("a spokesman for the museum", "chief of waste disposal for the NRC", "assistant news director for
 * KIRO", "attorney for the Peruvian silver mining company Minpeco S.A.", "an economist with the X").
 */
export function roleAfter(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  person: MentionDraft,
  from: number,
): RelationDraft | undefined {
  const tokens = index.analysed.tokens;
  let k = from;
  if (tokens[k]?.pos === 'DET') k += 1;
  let role: Token | undefined;
  for (let n = 0; n < MAX_ROLE_WORDS && k < sentence.last; n += 1, k += 1) {
    const token = tokens[k] as Token;
    if (token.text !== token.lower || (token.pos !== 'ADJ' && token.pos !== 'NOUN')) break;
    if (ROLE_NOUNS.has(token.lower)) role = token;
  }
  if (role === undefined) return undefined;
  const subordinate = tokens.slice(from, role.index).some((t) => SUBORDINATE_WORDS.has(t.lower));
  let field = false;
  if (tokens[k]?.lower === 'of' && holderAfter(index, sentence, k + 1) === undefined) {
    k = skipField(tokens, sentence, k + 1);
    field = true;
  }
  const preposition = tokens[k];
  if (preposition === undefined || k >= sentence.last || !ROLE_PREPOSITIONS.has(preposition.lower))
    return undefined;
  const holder = holderAfter(index, sentence, k + 1);
  if (holder === undefined) return undefined;
  // "assistant news director", "chief of waste disposal": a post under the head of the holder.
  return make(person, role, holder, sentence, subordinate || field);
}

/** "waste disposal" in "chief of waste disposal for the NRC": lower-case words up to the next preposition. */
function skipField(tokens: readonly Token[], sentence: SentenceSpan, from: number): number {
  let k = from;
  while (k < sentence.last && k < from + MAX_ROLE_WORDS) {
    const token = tokens[k] as Token;
    if (token.text !== token.lower || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) break;
    k += 1;
  }
  return k;
}

/** The organization or place a role is held at: past a determiner and lower-case modifiers. */
function holderAfter(index: ArgumentIndex, sentence: SentenceSpan, from: number): MentionDraft | undefined {
  const tokens = index.analysed.tokens;
  let k = from;
  while (k < sentence.last && k < from + MAX_ROLE_WORDS) {
    const mention = index.startingAt(k);
    if (mention !== undefined)
      return mention.type === 'ORGANIZATION' || PLACES.has(mention.type) ? mention : undefined;
    const token = tokens[k] as Token;
    // "the Peruvian silver mining company Minpeco S.A."
    const nationality = token.text !== token.lower && gazetteer().demonymOf(token.text) !== undefined;
    const modifier =
      nationality || (token.text === token.lower && (token.pos === 'NOUN' || token.pos === 'ADJ'));
    if (token.pos !== 'DET' && !modifier) return undefined;
    k += 1;
  }
  return undefined;
}
