/**
 * The one confidence function of the syntax relation stage: a logistic model over named features,
 *   confidence = 1 / (1 + exp(-(bias + sum of weight x feature)))
 * with every weight in WEIGHTS below: a hand-set prior (the construction's reliability, NER certainty at
 * both ends, path length, a pronoun-resolved subject, a phrase object, reported speech).
 *
 * Calibration (`npm run calibrate:confidence`, protocol in bench/calibrate-confidence.ts): the same model
 * fitted to the precision audit's judgements (bench/calibration/labels.tsv: 66 judged relations of
 * extractor 2026-11-30.12, 56 right, 10 wrong), pulled towards these weights, and scored by leaving one
 * article out. On 2026-11-30 the prior separated right from wrong better than the fit (held-out AUC 0.665
 * against 0.635; log-loss 0.409 against 0.414), so by the protocol's rule these weights stay. Higher does
 * mean more often right (AUC above 0.5), weakly; more judged relations are what would let a fit help.
 * `confidenceFromFeatures` takes the weights as a parameter so a fit can be tried without editing this file.
 */

export interface RelationFeatures {
  /** How the relation was read: "active", "passive", "apposition", "nominalization"... */
  readonly construction: string;
  /** NER certainty of the subject's mention, 0..1 (1 when the NER gave none, e.g. a gazetteer name). */
  readonly subjectNer: number;
  /** NER certainty of the object's mention, 0..1; 1 for a phrase object. */
  readonly objectNer: number;
  /** Dependency edges from subject to object through the trigger. */
  readonly pathLength: number;
  /** The subject was a pronoun or description resolved through coreference. */
  readonly pronounSubject: boolean;
  /** The object is a phrase (EVENT/CONCEPT node), not a named entity. */
  readonly phraseObject: boolean;
  /** The predicate is a vocabulary name, not a bare verb lemma. */
  readonly knownPredicate: boolean;
  readonly negated: boolean;
  readonly modal: boolean;
  /** Inside reported speech (attributed to a speaker). */
  readonly reported: boolean;
}

export interface Weights {
  readonly bias: number;
  readonly construction: Readonly<Record<string, number>>;
  readonly subjectNer: number;
  readonly objectNer: number;
  /** Per edge beyond two. */
  readonly extraPathEdge: number;
  readonly pronounSubject: number;
  readonly phraseObject: number;
  readonly knownPredicate: number;
  readonly negated: number;
  readonly modal: number;
  readonly reported: number;
}

export const WEIGHTS: Weights = {
  bias: 0.4,
  construction: {
    active: 0.6,
    passive: 0.5,
    'relative-clause': 0.4,
    control: 0.2,
    prepositional: -0.2,
    apposition: 0.8,
    title: 0.9,
    copula: 0.4,
    nominalization: 0.0,
    possessive: 0.2,
    location: 0.5,
    statement: 0.3,
    kinship: 0.2,
  },
  subjectNer: 0.6,
  objectNer: 0.6,
  extraPathEdge: -0.25,
  pronounSubject: -0.5,
  phraseObject: -0.3,
  knownPredicate: 0.3,
  negated: -0.1,
  modal: -0.1,
  reported: -0.2,
};

export function confidenceFromFeatures(features: RelationFeatures, weights: Weights = WEIGHTS): number {
  const z =
    weights.bias +
    (weights.construction[features.construction] ?? 0) +
    weights.subjectNer * features.subjectNer +
    weights.objectNer * features.objectNer +
    weights.extraPathEdge * Math.max(0, features.pathLength - 2) +
    (features.pronounSubject ? weights.pronounSubject : 0) +
    (features.phraseObject ? weights.phraseObject : 0) +
    (features.knownPredicate ? weights.knownPredicate : 0) +
    (features.negated ? weights.negated : 0) +
    (features.modal ? weights.modal : 0) +
    (features.reported ? weights.reported : 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
