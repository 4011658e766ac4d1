/**
 * Facts that news packs into noun phrases, read from names standing side by side:
 *  "the U.S. Congress", "London's Trafalgar Square"             -> Congress LOCATED_IN U.S.
 *  "the Academy of Sciences in Beijing"                         -> LOCATED_IN
 *  "Blair's Labour Party"                                       -> Blair WORKS_FOR the party
 *  "Navy commander Ruth Okafor"                                 -> WORKS_FOR
 *  "Seattle prosecutor Dan Hale"                                -> BELONGS_TO Seattle
 *  "Lincoln assassin John Wilkes Booth", "McKinley's assassin Leon Czolgosz" -> KILLS
 *  "the assassination of Franz Ferdinand by Gavrilo Princip"    -> KILLS
 */
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import { ref } from './subjects';

const PLACES = new Set(['CITY', 'COUNTRY', 'LOCATION']);
const KILLER_NOUNS = new Set(['assassin', 'killer', 'murderer', 'assassins', 'killers']);
const KILLING_NOUNS = new Set(['assassination', 'killing', 'murder', 'slaying', 'execution']);
const MAX_COMPOUND = 3;
const BY_REACH = 8;

export function readAdjacency(index: ArgumentIndex, sentence: SentenceSpan): RelationDraft[] {
  const relations: RelationDraft[] = [];
  const push = (r: RelationDraft | undefined) => {
    if (r !== undefined) relations.push(r);
  };
  for (const mention of index.inSentence(sentence.index)) {
    if (mention.type === 'DATE' || mention.type === 'CONCEPT' || mention.attributes.demonym === true)
      continue;
    push(placeBeforeOrganization(index, sentence, mention));
    push(organizationInPlace(index, sentence, mention));
    push(possessorOfOrganization(index, sentence, mention));
    push(compoundBeforePerson(index, sentence, mention));
    push(assassinOf(index, sentence, mention));
  }
  for (let k = sentence.first; k < sentence.last; k += 1) push(killingBy(index, sentence, k));
  relations.push(...containment(index, sentence));
  return relations;
}

function make(
  subject: MentionDraft,
  predicate: string,
  object: MentionDraft,
  sentence: SentenceSpan,
  trigger: Token,
  base: number,
): RelationDraft | undefined {
  if (subject.entity === object.entity || subject.entity < 0 || object.entity < 0) return undefined;
  return {
    subject: ref(subject, 'mention'),
    predicate,
    object: ref(object, 'mention'),
    sentence: sentence.index,
    negated: false,
    modality: null,
    construction: 'adjacency',
    base,
    trigger: { start: trigger.start, end: trigger.end },
    known: true,
  };
}

/**
 * "in Osaka and Tokyo ... in Japan": a city and the country or state the gazetteer puts it in, named in one
 * sentence, read as LOCATED_IN. The text names both; the gazetteer only confirms which contains which.
 */
function containment(index: ArgumentIndex, sentence: SentenceSpan): RelationDraft[] {
  const mentions = index.inSentence(sentence.index);
  const containers = new Map<string, MentionDraft>();
  for (const m of mentions) {
    if ((m.type === 'COUNTRY' || m.type === 'LOCATION') && m.key !== null && !containers.has(m.key))
      containers.set(m.key, m);
  }
  const relations: RelationDraft[] = [];
  for (const city of mentions) {
    if (city.type !== 'CITY') continue;
    for (const key of [`country:${String(city.attributes.countryCode)}`, String(city.attributes.region)]) {
      const container = containers.get(key);
      const trigger = index.analysed.tokens[city.first] as Token;
      const r =
        container === undefined ? undefined : make(city, 'LOCATED_IN', container, sentence, trigger, 0.6);
      if (r !== undefined) relations.push({ ...r, construction: 'gazetteer' });
    }
  }
  return relations;
}

/** The mention that starts at `at`, past "'s". */
function nextMention(
  index: ArgumentIndex,
  at: number,
): { mention: MentionDraft; possessive: boolean } | undefined {
  const tokens = index.analysed.tokens;
  const possessive = tokens[at]?.text === "'s" || tokens[at]?.text === "'";
  const mention = index.innermostAt(possessive ? at + 1 : at);
  return mention === undefined ? undefined : { mention, possessive };
}

function placeBeforeOrganization(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  place: MentionDraft,
): RelationDraft | undefined {
  if (!PLACES.has(place.type) || place.last >= sentence.last) return undefined;
  const next = nextMention(index, place.last);
  const inside =
    next?.mention.type === 'ORGANIZATION' ||
    next?.mention.type === 'FACILITY' ||
    (next?.possessive === true && (next.mention.type === 'CITY' || next.mention.type === 'LOCATION'));
  if (next === undefined || !inside) return undefined;
  return make(next.mention, 'LOCATED_IN', place, sentence, index.analysed.tokens[place.last] as Token, 0.7);
}

function organizationInPlace(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  org: MentionDraft,
): RelationDraft | undefined {
  if (org.type !== 'ORGANIZATION' && org.type !== 'FACILITY') return undefined;
  const preposition = index.analysed.tokens[org.last];
  if (
    preposition === undefined ||
    org.last + 1 >= sentence.last ||
    (preposition.lower !== 'in' && preposition.lower !== 'at')
  )
    return undefined;
  const place = index.innermostAt(org.last + 1);
  if (place === undefined || !PLACES.has(place.type)) return undefined;
  return make(org, 'LOCATED_IN', place, sentence, preposition, 0.7);
}

/** "Blair's Labour Party", "the agency's administrator Jo Park". */
function possessorOfOrganization(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  possessor: MentionDraft,
): RelationDraft | undefined {
  const tokens = index.analysed.tokens;
  if (tokens[possessor.last]?.text !== "'s" || possessor.last + 1 >= sentence.last) return undefined;
  const after = index.innermostAt(possessor.last + 1);
  if (possessor.type === 'PERSON' && after?.type === 'ORGANIZATION')
    return make(possessor, 'WORKS_FOR', after, sentence, tokens[possessor.last] as Token, 0.65);
  if (possessor.type !== 'ORGANIZATION') return undefined;
  const person = personAfterCompound(index, sentence, possessor.last + 1);
  return person === undefined
    ? undefined
    : make(person, 'WORKS_FOR', possessor, sentence, tokens[possessor.last] as Token, 0.65);
}

/** "Navy commander Ruth Okafor", "Seattle prosecutor Dan Hale". */
function compoundBeforePerson(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  holder: MentionDraft,
): RelationDraft | undefined {
  if (holder.type !== 'ORGANIZATION' && !PLACES.has(holder.type)) return undefined;
  const person = personAfterCompound(index, sentence, holder.last);
  if (person === undefined || person.first === holder.last) return undefined;
  const predicate = holder.type === 'ORGANIZATION' ? 'WORKS_FOR' : 'BELONGS_TO';
  return make(person, predicate, holder, sentence, index.analysed.tokens[holder.last] as Token, 0.6);
}

/** One to three lower-case nouns, then a person: the nouns say what the person is. */
function personAfterCompound(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  from: number,
): MentionDraft | undefined {
  const tokens = index.analysed.tokens;
  let k = from;
  while (k < sentence.last && k < from + MAX_COMPOUND) {
    const token = tokens[k] as Token;
    if (token.text !== token.lower || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) break;
    k += 1;
  }
  if (k === from || KILLER_NOUNS.has((tokens[k - 1] as Token).lower)) return undefined;
  const person = index.innermostAt(k);
  return person?.type === 'PERSON' ? person : undefined;
}

/** "Lincoln assassin John Wilkes Booth", "McKinley's assassin Leon Czolgosz". */
function assassinOf(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  victim: MentionDraft,
): RelationDraft | undefined {
  if (victim.type !== 'PERSON') return undefined;
  const tokens = index.analysed.tokens;
  let k = victim.last;
  if (tokens[k]?.text === "'s") k += 1;
  if (!KILLER_NOUNS.has(tokens[k]?.lower ?? '') || k + 1 >= sentence.last) return undefined;
  const killer = index.innermostAt(tokens[k + 1]?.text === ',' ? k + 2 : k + 1);
  return killer?.type === 'PERSON'
    ? make(killer, 'KILLS', victim, sentence, tokens[k] as Token, 0.7)
    : undefined;
}

/** "the assassination of the king by a young anarchist, Leon Brandt". */
function killingBy(index: ArgumentIndex, sentence: SentenceSpan, at: number): RelationDraft | undefined {
  const tokens = index.analysed.tokens;
  const noun = tokens[at] as Token;
  if (!KILLING_NOUNS.has(noun.lower) || tokens[at + 1]?.lower !== 'of') return undefined;
  let victim: MentionDraft | undefined;
  for (let k = at + 2; k < sentence.last && k < at + 2 + BY_REACH; k += 1) {
    const mention = index.innermostAt(k);
    if (victim === undefined && mention?.type === 'PERSON') victim = mention;
    if (victim !== undefined && tokens[k]?.lower === 'by') {
      const killer = index.innermostAt(k + 1) ?? index.innermostAt(k + 2) ?? index.innermostAt(k + 3);
      return killer?.type === 'PERSON' ? make(killer, 'KILLS', victim, sentence, noun, 0.7) : undefined;
    }
  }
  return undefined;
}
