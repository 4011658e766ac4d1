/**
 * Facts read from the arrangement of names rather than from a verb:
 *  "Kyiv, Ukraine" / "the Opera House, in Sydney"                -> LOCATED_IN
 *  "Halden Ventures, a Toronto mining firm"                        -> LOCATED_IN (organization in place)
 *  "Ada Moreno, 41, of Fresno" / "farmer Joe Lind of Tulsa" / "a native of Tulsa" -> LIVES_IN
 *  "Li Wen at the Academy of Sciences"                         -> WORKS_FOR
 *  roles after the comma ("a spokesman for the museum", "the president of Y") are read in roles.ts
 */
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { RelationDraft } from './model';
import { roleAfter } from './roles';
import { ref } from './subjects';

const PLACES = new Set(['CITY', 'COUNTRY', 'LOCATION']);
const CONTAINERS = new Set(['COUNTRY', 'LOCATION']);

export function readAppositions(index: ArgumentIndex, sentence: SentenceSpan): RelationDraft[] {
  const relations: RelationDraft[] = [];
  for (const mention of index.inSentence(sentence.index)) {
    if (mention.type === 'DATE' || mention.type === 'CONCEPT' || index.startingAt(mention.first) !== mention)
      continue;
    const found =
      locatedIn(index, sentence, mention) ??
      personAppositive(index, sentence, mention) ??
      organizationAppositive(index, sentence, mention);
    if (found !== undefined) relations.push(found);
  }
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
  if (subject.entity === object.entity) return undefined;
  return {
    subject: ref(subject, 'mention'),
    predicate,
    object: ref(object, 'mention'),
    sentence: sentence.index,
    negated: false,
    modality: null,
    construction: 'apposition',
    base,
    trigger: { start: trigger.start, end: trigger.end },
    known: true,
  };
}

/** "Minsk, Belarus", "Macon, Ga.", "the Opera House, in Sydney". */
function locatedIn(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  mention: MentionDraft,
): RelationDraft | undefined {
  if (!PLACES.has(mention.type) && mention.type !== 'FACILITY' && mention.type !== 'ORGANIZATION')
    return undefined;
  const tokens = index.analysed.tokens;
  const comma = tokens[mention.last];
  if (comma?.text !== ',' || mention.last >= sentence.last) return undefined;
  const introduced = tokens[mention.last + 1]?.lower === 'in';
  const at = introduced ? mention.last + 2 : mention.last + 1;
  const container = index.startingAt(at);
  if (container === undefined) return undefined;
  // "in the Middle East, in Afghanistan", "Yemen, Syria, Somalia": places side by side are a list.
  if (PLACES.has(mention.type) && !containsByGazetteer(container, mention)) {
    if (introduced || mention.type === 'COUNTRY' || continuesList(index, sentence, container))
      return undefined;
  }
  const fits =
    CONTAINERS.has(container.type) ||
    (container.type === 'CITY' && mention.type !== 'CITY' && mention.type !== 'COUNTRY');
  if (
    !fits ||
    (mention.type === 'COUNTRY' && container.type === 'COUNTRY') ||
    (mention.type === 'ORGANIZATION' && at === mention.last + 1)
  )
    return undefined;
  return make(mention, 'LOCATED_IN', container, sentence, comma, 0.8);
}

/** The gazetteer puts the city in the country or state ("Kyiv, Ukraine", "Macon, Ga."). */
function containsByGazetteer(container: MentionDraft, place: MentionDraft): boolean {
  if (container.key === null) return false;
  return (
    container.key === `country:${String(place.attributes.countryCode)}` ||
    container.key === String(place.attributes.region)
  );
}

/** Another place follows the second one (", Somalia", "and Somalia"): a list, not "Town, State". */
function continuesList(index: ArgumentIndex, sentence: SentenceSpan, second: MentionDraft): boolean {
  const tokens = index.analysed.tokens;
  let k = second.last;
  if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') return false;
  k += 1;
  if (tokens[k]?.lower === 'and') k += 1;
  const next = k < sentence.last ? index.startingAt(k) : undefined;
  return next !== undefined && PLACES.has(next.type);
}

/** A person followed by ", [age,] of PLACE", "of PLACE", ", a ROLE for ORG", "at ORG". */
function personAppositive(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  person: MentionDraft,
): RelationDraft | undefined {
  if (person.type !== 'PERSON') return undefined;
  const tokens = index.analysed.tokens;
  let k = person.last;
  if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',')
    k += 3;
  else if (tokens[k]?.text === ',') k += 1;
  const word = tokens[k];
  if (word === undefined || k >= sentence.last) return undefined;
  const born = bornIn(index, sentence, person, k);
  if (born !== undefined) return born;
  if (word.lower === 'of' || word.lower === 'from') {
    const target =
      index.innermostAt(k + 1) ?? (tokens[k + 1]?.pos === 'DET' ? index.innermostAt(k + 2) : undefined);
    if (target !== undefined && PLACES.has(target.type))
      return make(person, 'LIVES_IN', target, sentence, word, 0.7);
    if (target !== undefined && target.type === 'ORGANIZATION')
      return make(person, 'WORKS_FOR', target, sentence, word, 0.65);
  }
  if (tokens[person.last]?.text === ',' && tokens[k]?.pos === 'DET') {
    const place = index.innermostAt(k + 1);
    const noun = place === undefined ? undefined : tokens[place.last];
    if (
      place !== undefined &&
      PLACES.has(place.type) &&
      noun !== undefined &&
      noun.pos === 'NOUN' &&
      noun.text === noun.lower
    ) {
      return make(person, 'LIVES_IN', place, sentence, noun, 0.65);
    }
  }
  if (word.lower === 'at' || word.lower === 'with') {
    const org =
      index.startingAt(k + 1) ?? (tokens[k + 1]?.pos === 'DET' ? index.startingAt(k + 2) : undefined);
    if (org !== undefined && org.type === 'ORGANIZATION')
      return make(person, 'WORKS_FOR', org, sentence, word, 0.65);
  }
  return roleAfter(index, sentence, person, k);
}

/** "Tom Wolfe, born in Richmond,", "Ruth Baker, 72, born in Denver". */
function bornIn(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  person: MentionDraft,
  at: number,
): RelationDraft | undefined {
  const tokens = index.analysed.tokens;
  const born = tokens[at];
  const preposition = tokens[at + 1];
  if (born?.lower !== 'born' || preposition === undefined || at + 2 >= sentence.last) return undefined;
  if (preposition.lower !== 'in' && preposition.lower !== 'near' && preposition.lower !== 'at')
    return undefined;
  const place = index.innermostAt(at + 2);
  return place !== undefined && PLACES.has(place.type)
    ? make(person, 'BORN_IN', place, sentence, born, 0.75)
    : undefined;
}

/** "Halden Ventures, a Toronto mining firm": the organization is in the place. */
function organizationAppositive(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  org: MentionDraft,
): RelationDraft | undefined {
  if (org.type !== 'ORGANIZATION') return undefined;
  const tokens = index.analysed.tokens;
  let k = org.last;
  if (tokens[k]?.text !== ',') return undefined;
  k += 1;
  if (tokens[k]?.pos === 'DET') k += 1;
  const place = index.startingAt(k);
  if (place === undefined || !PLACES.has(place.type)) return undefined;
  const noun = tokens[place.last];
  if (noun === undefined || noun.pos !== 'NOUN' || place.last >= sentence.last) return undefined;
  return make(org, 'LOCATED_IN', place, sentence, noun, 0.7);
}
