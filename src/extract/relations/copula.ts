/**
 * Facts stated with "be": "America and Afghanistan are now allies" (ALLIED_WITH), "Al Qaeda and ISIS are
 * in Yemen, Syria, Somalia" (an organization BASED_IN, a place LOCATED_IN each place), "Thomas is a native
 * of Tulsa" (the roles of roles.ts).
 */
import type { SentenceSpan, Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';
import { coordinatedAfter } from './coordination';
import type { ArgumentRef, RelationDraft } from './model';
import { roleAfter } from './roles';
import { ref } from './subjects';
import type { VerbGroup } from './verb-groups';

const ALLY_NOUNS = new Set(['allies', 'partners']);
const PLACES = new Set(['CITY', 'COUNTRY', 'LOCATION']);

export function copularRelations(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  group: VerbGroup,
  subjects: readonly ArgumentRef[],
): RelationDraft[] {
  if (group.lemma !== 'be' || group.passive || subjects.length === 0) return [];
  const tokens = index.analysed.tokens;
  let k = group.last;
  while (k < sentence.last && (tokens[k] as Token).pos === 'ADV') k += 1;
  const word = tokens[k];
  if (word === undefined || k >= sentence.last) return [];
  const make = (subject: ArgumentRef, predicate: string, object: ArgumentRef): RelationDraft => ({
    subject,
    predicate,
    object,
    sentence: sentence.index,
    negated: group.negated,
    modality: group.modality,
    construction: 'copula',
    base: 0.75,
    trigger: { start: (tokens[group.first] as Token).start, end: word.end },
    known: true,
  });
  if (ALLY_NOUNS.has(word.lower)) {
    const pairs: RelationDraft[] = [];
    subjects.forEach((a, i) =>
      subjects.slice(i + 1).forEach((b) => {
        if (a.entity !== b.entity) pairs.push(make(a, 'ALLIED_WITH', b));
      }),
    );
    return pairs;
  }
  // "The painter Thomas is a native of Tulsa", "Anderson is Middle East correspondent for the AP".
  const roles = subjects.flatMap((subject) => {
    const person = subject.mention;
    if (person?.type !== 'PERSON') return [];
    const role = roleAfter(index, sentence, person, k);
    return role === undefined ? [] : [{ ...role, negated: group.negated, construction: 'copula' }];
  });
  if (roles.length > 0) return roles;
  if (word.lower !== 'in') return [];
  const first = index.startingAt(k + 1);
  if (first === undefined || !PLACES.has(first.type)) return [];
  const places = [ref(first, 'mention'), ...coordinatedAfter(index, first, sentence.last)];
  return subjects.flatMap((subject) => {
    const type = index.typeOf(subject.entity);
    const predicate =
      type === 'ORGANIZATION'
        ? 'BASED_IN'
        : type !== undefined && PLACES.has(type)
          ? 'LOCATED_IN'
          : undefined;
    if (predicate === undefined) return [];
    return places.filter((p) => p.entity !== subject.entity).map((place) => make(subject, predicate, place));
  });
}
