/**
 * A news dateline names where a story was filed and by whom: "DAYTON, Ohio (AP) _", "Vilnius, March 3
 * (ELTA) --", "(Text) Hefei, February 11 (XINHUA) --". The agency REPORTS_FROM the first place.
 */
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import { ref } from './subjects';

const PLACES = new Set(['CITY', 'COUNTRY', 'LOCATION']);
/** Tokens a dateline may hold between its place and its agency: commas, a second place, a date. */
const MAX_DATELINE = 10;

export function readDateline(index: ArgumentIndex, sentence: SentenceSpan): RelationDraft[] {
  const tokens = index.analysed.tokens;
  const start = skipOpeningParenthetical(tokens, sentence);
  const place = index.startingAt(start);
  if (place === undefined || !PLACES.has(place.type)) return [];
  const agency = agencyAfter(index, sentence, place.last);
  if (agency === undefined || agency.entity === place.entity) return [];
  const open = tokens[agency.first - 1] as Token;
  return [
    {
      subject: ref(agency, 'mention'),
      predicate: 'REPORTS_FROM',
      object: ref(place, 'mention'),
      sentence: sentence.index,
      negated: false,
      modality: null,
      construction: 'dateline',
      base: 0.8,
      trigger: { start: open.start, end: open.end },
      known: true,
    },
  ];
}

/** "(Text) Hefei, ...": an editor's note in brackets may open the line. */
function skipOpeningParenthetical(tokens: readonly Token[], sentence: SentenceSpan): number {
  if (tokens[sentence.first]?.text !== '(') return sentence.first;
  for (let k = sentence.first + 1; k < sentence.last && k < sentence.first + 4; k += 1)
    if ((tokens[k] as Token).text === ')') return k + 1;
  return sentence.first;
}

/** "(AP)" after the place, with only punctuation, places and a date between. */
function agencyAfter(index: ArgumentIndex, sentence: SentenceSpan, from: number): MentionDraft | undefined {
  const tokens = index.analysed.tokens;
  for (let k = from; k < sentence.last && k < from + MAX_DATELINE; k += 1) {
    const token = tokens[k] as Token;
    if (token.text === '(') {
      const agency = index.startingAt(k + 1);
      const close = agency === undefined ? undefined : tokens[agency.last];
      return agency?.type === 'ORGANIZATION' && close?.text === ')' ? agency : undefined;
    }
    if (!fitsDateline(index, token, k)) return undefined;
  }
  return undefined;
}

function fitsDateline(index: ArgumentIndex, token: Token, at: number): boolean {
  if (token.text === ',' || token.pos === 'NUM') return true;
  const mention = index.analysed.tokens[at] === undefined ? undefined : index.startingAt(at);
  if (mention !== undefined && PLACES.has(mention.type)) return true;
  return isDateWord(index, at);
}

function isDateWord(index: ArgumentIndex, at: number): boolean {
  return index
    .inSentence((index.analysed.tokens[at] as Token).sentence)
    .some((m) => m.type === 'DATE' && m.first <= at && at < m.last);
}
