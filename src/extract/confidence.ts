/**
 * Confidence of a relation, in 0..1. Each reading of the relation (one sentence, one construction) scores
 *   base(construction) x argument(subject) x argument(object) x predicate
 * where base is how reliable the construction is (a title 0.9, a place apposition 0.8, an active clause 0.8,
 * a passive or reported one 0.75, a nominalization 0.7, a person's apposition 0.65-0.7), an argument read
 * straight from a mention counts 1, through a relative pronoun 0.95, a coordination 0.9, a metonym
 * ("the US government") 0.85, a nationality word 0.8 and a resolved pronoun 0.75, and a predicate from the
 * vocabulary counts 1 against 0.85 for a bare verb lemma. Several readings of one relation combine as
 * independent evidence: 1 - (1 - c1)(1 - c2)... Negation and modality are kept as properties and do not
 * change the confidence: it measures how sure we are the text says this, not whether it happened.
 */
import type { ArgumentRef, RelationDraft } from './relations/model';

const ARGUMENT_WEIGHT: Readonly<Record<ArgumentRef['via'], number>> = {
  mention: 1,
  relative: 0.95,
  coordination: 0.9,
  metonymy: 0.85,
  demonym: 0.8,
  pronoun: 0.75,
};

export function readingConfidence(relation: RelationDraft): number {
  const predicate = relation.known ? 1 : 0.85;
  return (
    relation.base * ARGUMENT_WEIGHT[relation.subject.via] * ARGUMENT_WEIGHT[relation.object.via] * predicate
  );
}

export function combineConfidence(values: readonly number[]): number {
  const miss = values.reduce((product, value) => product * (1 - value), 1);
  return Math.round((1 - miss) * 100) / 100;
}
