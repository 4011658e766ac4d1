/**
 * The subject of a verb group, read leftwards: the mention just before it, across adverbs and across a
 * relative clause or apposition set off by commas; a relative pronoun's antecedent ("Belarus, which
 * borders"); a pronoun, resolved; the country behind "the US government"; and every member of a
 * coordination that ends in "and" ("Germany, France ... and others will join").
 */
import { RELATIVE_PRONOUNS } from '../lexicon/function-words';
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { ArgumentRef } from './model';
import { isResolvablePronoun, type PronounResolver } from './pronouns';
import { coordinatedBefore } from './coordination';
import type { VerbGroup } from './verb-groups';

/** Nouns through which a country or organization acts: "the US government warned". */
const ACTOR_NOUNS = new Set([
  'government',
  'administration',
  'authorities',
  'regime',
  'leadership',
  'military',
  'forces',
  'troops',
  'army',
  'intelligence',
  'marines',
]);
const GROUP_NOUNS = new Set(['others', 'allies', 'partners', 'countries', 'nations']);

export function findSubjects(
  index: ArgumentIndex,
  resolver: PronounResolver,
  sentence: SentenceSpan,
  group: VerbGroup,
): ArgumentRef[] {
  const tokens = index.analysed.tokens;
  let j = skipAdverbs(tokens, group.first - 1, sentence.first);
  if (j >= sentence.first && tokens[j]?.text === ',') j = skipParenthetical(tokens, j, sentence.first);
  if (j < sentence.first) return [];
  const token = tokens[j] as Token;
  const mention = index.endingOn(j);
  if (mention !== undefined)
    return [ref(mention, 'mention'), ...coordinatedBefore(index, mention, sentence.first)];
  if (RELATIVE_PRONOUNS.has(token.lower) && token.pos !== 'NOUN') return antecedent(index, j, sentence.first);
  if (isResolvablePronoun(token)) {
    const entity = resolver.resolve(token);
    return entity === undefined
      ? []
      : [{ entity, span: { start: token.start, end: token.end }, via: 'pronoun' }];
  }
  if (token.pos === 'NOUN' && GROUP_NOUNS.has(token.lower) && tokens[j - 1]?.lower === 'and') {
    const last = index.endingOn(j - 2);
    return last === undefined
      ? []
      : [ref(last, 'coordination'), ...coordinatedBefore(index, last, sentence.first, true)];
  }
  if (token.pos === 'NOUN' && ACTOR_NOUNS.has(token.lower)) return actorBehind(index, j, sentence.first);
  return [];
}

export function ref(mention: MentionDraft, via: ArgumentRef['via']): ArgumentRef {
  return { entity: mention.entity, span: { start: mention.start, end: mention.end }, via, mention };
}

function skipAdverbs(tokens: readonly Token[], j: number, first: number): number {
  let k = j;
  while (
    k >= first &&
    ((tokens[k] as Token).pos === 'ADV' || (tokens[k] as Token).pos === 'PART') &&
    k > j - 3
  )
    k -= 1;
  return k;
}

/** ", which borders Russia and Ukraine," / ", a spokesman for the museum," / ", 50,": skipped. */
function skipParenthetical(tokens: readonly Token[], comma: number, first: number): number {
  for (let p = comma - 1; p >= first && p > comma - 30; p -= 1) {
    if ((tokens[p] as Token).text !== ',') continue;
    const opener = tokens[p + 1] as Token;
    const parenthetical = RELATIVE_PRONOUNS.has(opener.lower) || opener.pos === 'DET' || opener.pos === 'NUM';
    return parenthetical ? p - 1 : first - 1;
  }
  return first - 1;
}

function antecedent(index: ArgumentIndex, relative: number, first: number): ArgumentRef[] {
  const tokens = index.analysed.tokens;
  const before = tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1;
  if (before < first) return [];
  const mention = index.endingOn(before);
  return mention === undefined ? [] : [ref(mention, 'relative')];
}

function actorBehind(index: ArgumentIndex, noun: number, first: number): ArgumentRef[] {
  const tokens = index.analysed.tokens;
  for (let k = noun - 1; k >= first && k >= noun - 4; k -= 1) {
    const token = tokens[k] as Token;
    const mention = index.endingOn(k);
    if (mention !== undefined && (mention.type === 'COUNTRY' || mention.type === 'ORGANIZATION')) {
      return [ref(mention, 'metonymy')];
    }
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.text !== "'s") break;
  }
  return [];
}
