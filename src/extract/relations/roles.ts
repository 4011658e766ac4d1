/**
 * Roles that name what a person works for or leads, on either side of the name:
 *  "Micheal, a CIA officer and marine"                          -> WORKS_FOR CIA
 *  "Richard Taylor, an Atlanta architect"                       -> BELONGS_TO Atlanta
 *  "the interim leader of a liberated Afghanistan, Chairman Hamid Karzai" -> LEADS Afghanistan
 */
import { LEADER_ROLES, ROLE_NOUNS } from '../lexicon/titles';
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import { ref } from './subjects';

const PLACES = new Set(['CITY', 'COUNTRY', 'LOCATION']);
const MAX_MODIFIERS = 3;

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
): RelationDraft | undefined {
  if (person.entity === holder.entity) return undefined;
  const leads = LEADER_ROLES.has(role.lower);
  const predicate =
    holder.type === 'ORGANIZATION' ? (leads ? 'LEADS' : 'WORKS_FOR') : leads ? 'LEADS' : 'BELONGS_TO';
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
  const holder = index.startingAt(person.last + 2);
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
