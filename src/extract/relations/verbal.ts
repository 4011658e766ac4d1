/**
 * Facts read from verbs: active ("Belarus borders Russia"), passive with an agent ("is ruled by X",
 * turned active: X LEADS Belarus), relative clauses, coordinated subjects and objects, coordinated verb
 * phrases sharing a subject, and support verbs whose object noun carries the predicate ("tightened
 * sanctions against Russia": SANCTIONS).
 */
import { SUPPORT_VERBS, UNDOING_VERBS } from '../lexicon/events';
import type { MentionDraft } from '../model';
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import type { ArgumentRef, RelationDraft } from './model';
import { copularRelations } from './copula';
import { findObjects, nounObject, type ObjectReading } from './objects';
import { choosePredicate, type PredicateChoice } from './predicate-map';
import type { PronounResolver } from './pronouns';
import { findSubjects, ref } from './subjects';
import { verbGroups, type VerbGroup } from './verb-groups';

export interface ClauseReading {
  readonly group: VerbGroup;
  readonly subjects: ArgumentRef[];
  readonly relations: RelationDraft[];
}

/** Prepositions before a gerund that keeps the clause's subject: "pleaded guilty to killing X". */
const NON_FINITE_OPENERS = new Set([
  'in',
  'by',
  'after',
  'before',
  'for',
  'while',
  'of',
  'since',
  'without',
  'to',
]);
const LOCATIVE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'on',
  'during',
  'from',
  'after',
  'before',
  'since',
  'for',
  'by',
  'into',
  'over',
  'under',
  'through',
  'across',
  'inside',
  'outside',
  'around',
  'within',
  'amid',
  'among',
]);
const LOCATIVE_LEMMAS = new Set(['base', 'locate', 'headquarter', 'situate']);
/** Predicates whose object may be the possessor of what the verb acts on: supports X's efforts = X. */
const POSSESSOR_PREDICATES = new Set(['SUPPORTS', 'OPPOSES', 'CONDEMNS', 'FUNDS', 'ALLIED_WITH']);

export function readClauses(
  index: ArgumentIndex,
  resolver: PronounResolver,
  sentence: SentenceSpan,
): ClauseReading[] {
  const readings: ClauseReading[] = [];
  const tokens = index.analysed.tokens;
  for (const group of verbGroups(index.analysed, sentence)) {
    const opener = tokens[group.first - 1];
    const nonFiniteAfterPreposition =
      !group.finite && opener !== undefined && NON_FINITE_OPENERS.has(opener.lower);
    if (!group.finite && !nonFiniteAfterPreposition) continue;
    let subjects = group.finite ? findSubjects(index, resolver, sentence, group) : [];
    if (subjects.length === 0) subjects = sharedSubjects(tokens, readings, group, nonFiniteAfterPreposition);
    const first = subjects[0];
    if (first !== undefined && first.via !== 'pronoun') resolver.noteSubject(sentence.index, first.entity);
    const relations = group.passive
      ? passiveRelations(index, sentence, group, subjects)
      : activeRelations(index, sentence, group, subjects);
    readings.push({ group, subjects, relations });
  }
  return readings;
}

/** "has supported X, but has not been involved": the second verb phrase keeps the first one's subject. */
function sharedSubjects(
  tokens: readonly Token[],
  readings: readonly ClauseReading[],
  group: VerbGroup,
  nonFinite: boolean,
): ArgumentRef[] {
  const previous = readings[readings.length - 1];
  if (previous === undefined) return [];
  if (nonFinite) return previous.subjects;
  let k = group.first - 1;
  while (k >= 0 && ((tokens[k] as Token).text === ',' || (tokens[k] as Token).pos === 'ADV')) k -= 1;
  const conjunction = tokens[k];
  return conjunction !== undefined && /^(and|but|or)$/.test(conjunction.lower) ? previous.subjects : [];
}

function draft(
  group: VerbGroup,
  sentence: SentenceSpan,
  index: ArgumentIndex,
  subject: ArgumentRef,
  predicate: { name: string; known: boolean },
  object: ArgumentRef,
  construction: string,
  base: number,
): RelationDraft | undefined {
  if (subject.entity === object.entity || subject.entity < 0 || object.entity < 0) return undefined;
  const tokens = index.analysed.tokens;
  const trigger = { start: (tokens[group.first] as Token).start, end: (tokens[group.last - 1] as Token).end };
  return {
    subject,
    predicate: predicate.name,
    object,
    sentence: sentence.index,
    negated: group.negated,
    modality: group.modality,
    construction,
    base,
    trigger,
    known: predicate.known,
    verb: group.lemma,
  };
}

function activeRelations(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  group: VerbGroup,
  subjects: readonly ArgumentRef[],
): RelationDraft[] {
  if (subjects.length === 0) return [];
  const reading = sharedObjects(index, sentence, group, findObjects(index, sentence, group));
  const relations: RelationDraft[] = [];
  const construction = subjects[0]?.via === 'relative' ? 'relative-clause' : 'active';
  const push = (r: RelationDraft | undefined) => {
    if (r !== undefined) relations.push(r);
  };
  const nominal = nominalReading(index, sentence, group, reading);
  if (nominal !== undefined) {
    for (const subject of subjects)
      for (const object of nominal.objects)
        push(
          draft(
            group,
            sentence,
            index,
            subject,
            { name: nominal.predicate, known: true },
            object,
            'nominalization',
            0.7,
          ),
        );
  }
  relations.push(...copularRelations(index, sentence, group, subjects));
  const verbPredicate = choosePredicate(group.lemma, reading.particle, reading.preposition);
  if (verbPredicate === undefined || (nominal !== undefined && SUPPORT_VERBS.has(group.lemma)))
    return relations;
  if (LOCATIVE_LEMMAS.has(group.lemma)) return relations;
  if (
    reading.preposition !== undefined &&
    (!verbPredicate.known || LOCATIVE_PREPOSITIONS.has(reading.preposition))
  ) {
    // "met in Rome": unless "meet in" is itself a phrase of the vocabulary, Rome is where, not whom.
    if (choosePredicate(`${group.lemma} ${reading.preposition}`)?.known !== true) return relations;
  }
  if (reading.possessed === true && !POSSESSOR_PREDICATES.has(verbPredicate.name)) return relations;
  for (const subject of subjects) {
    for (const object of reading.objects) {
      if (startsClause(index, object)) continue;
      push(draft(group, sentence, index, subject, verbPredicate, object, construction, 0.8));
    }
  }
  return relations;
}

/** "continues to support and encourage Russian aggression": the first verb shares the second's object. */
function sharedObjects(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  group: VerbGroup,
  reading: ObjectReading,
): ObjectReading {
  const tokens = index.analysed.tokens;
  const conjunction = tokens[group.last];
  const next = tokens[group.last + 1];
  if (reading.objects.length > 0 || reading.nominal !== undefined || reading.preposition !== undefined)
    return reading;
  if (conjunction === undefined || !/^(and|or)$/.test(conjunction.lower)) return reading;
  if (next === undefined || next.pos !== 'VERB' || group.last + 1 >= sentence.last) return reading;
  const second = { ...group, first: group.last + 1, last: group.last + 2, head: group.last + 1 };
  const shared = findObjects(index, sentence, second);
  return shared.objects.length > 0 && shared.preposition === undefined
    ? {
        ...reading,
        objects: shared.objects,
        ...(shared.possessed ? { possessed: true } : {}),
        end: shared.end,
      }
    : reading;
}

/** The object noun's own predicate: "announced sanctions against X" is SANCTIONS X. */
function nominalReading(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  group: VerbGroup,
  reading: ObjectReading,
) {
  if (UNDOING_VERBS.has(group.lemma) || !SUPPORT_VERBS.has(group.lemma)) return undefined;
  if (reading.nominal !== undefined)
    return { predicate: reading.nominal.predicate, objects: reading.nominal.objects };
  const event = reading.objects.length > 0 ? eventMention(reading.objects[0] as ArgumentRef) : undefined;
  if (event?.head === undefined) return undefined;
  const inner = nounObject(index, sentence, event.head);
  return inner.nominal === undefined
    ? undefined
    : { predicate: inner.nominal.predicate, objects: inner.nominal.objects };
}

function eventMention(argument: ArgumentRef): MentionDraft | undefined {
  return argument.mention?.type === 'EVENT' ? argument.mention : undefined;
}

/** "says the United States will close": the name after the verb is the subject of a clause, no object. */
function startsClause(index: ArgumentIndex, object: ArgumentRef): boolean {
  const tokens = index.analysed.tokens;
  const last = object.mention?.last;
  if (last === undefined) return false;
  let k = last;
  while (tokens[k]?.pos === 'ADV') k += 1;
  const next = tokens[k];
  return (
    next !== undefined &&
    (next.pos === 'AUX' || next.pos === 'VERB') &&
    next.sentence === tokens[last - 1]?.sentence
  );
}

function passiveRelations(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  group: VerbGroup,
  patients: readonly ArgumentRef[],
): RelationDraft[] {
  if (patients.length === 0) return [];
  const tokens = index.analysed.tokens;
  let k = group.last;
  while (k < sentence.last && (tokens[k] as Token).pos === 'ADV') k += 1;
  const preposition = tokens[k];
  if (preposition === undefined || k >= sentence.last) return [];
  const argument =
    index.startingAt(k + 1) ?? (tokens[k + 1]?.pos === 'DET' ? index.startingAt(k + 2) : undefined);
  if (argument === undefined) return [];
  const relations: RelationDraft[] = [];
  if (preposition.lower === 'by') {
    const predicate = choosePredicate(group.lemma);
    if (predicate === undefined) return [];
    for (const patient of patients) {
      const r = draft(group, sentence, index, ref(argument, 'mention'), predicate, patient, 'passive', 0.75);
      if (r !== undefined) relations.push(r);
    }
  } else if (choosePredicate(group.lemma, undefined, preposition.lower)?.known === true) {
    // "was born in Philadelphia", "is located in Texas": the phrase with its preposition is a predicate.
    const predicate = choosePredicate(group.lemma, undefined, preposition.lower) as PredicateChoice;
    for (const patient of patients) {
      const r = draft(group, sentence, index, patient, predicate, ref(argument, 'mention'), 'passive', 0.75);
      if (r !== undefined) relations.push(r);
    }
  } else if (preposition.lower === 'in' && LOCATIVE_LEMMAS.has(group.lemma)) {
    for (const patient of patients) {
      const r = draft(
        group,
        sentence,
        index,
        patient,
        { name: 'LOCATED_IN', known: true },
        ref(argument, 'mention'),
        'passive',
        0.75,
      );
      if (r !== undefined) relations.push(r);
    }
  }
  return relations;
}
