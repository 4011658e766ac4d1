/** From a verb (with its particle and preposition) to a predicate of the vocabulary, or to its lemma. */
import { predicateForPhrase, predicateFromLemma } from '../../vocabulary';

/** Verbs too light to be a fact on their own. */
const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'get',
  'seem',
  'become',
  'go',
  'come',
  'make',
  'take',
  'put',
  'keep',
  'see',
  'look',
  'include',
  'mean',
  'remain',
  'appear',
  'begin',
  'continue',
  'start',
  'stay',
  'let',
  'try',
  'want',
  'need',
  'use',
  'find',
  'give',
  'know',
  'think',
  'believe',
  'say',
  'tell',
  'speak',
  'show',
  'follow',
  'ask',
]);

export interface PredicateChoice {
  readonly name: string;
  readonly known: boolean;
}

export function choosePredicate(
  lemma: string,
  particle?: string,
  preposition?: string,
): PredicateChoice | undefined {
  const phrases = [
    particle !== undefined && preposition !== undefined ? `${lemma} ${particle} ${preposition}` : undefined,
    preposition !== undefined ? `${lemma} ${preposition}` : undefined,
    particle !== undefined ? `${lemma} ${particle}` : undefined,
    lemma,
  ];
  for (const phrase of phrases) {
    if (phrase === undefined) continue;
    const name = predicateForPhrase(phrase);
    if (name !== undefined) return { name, known: true };
  }
  if (LIGHT_VERBS.has(lemma) || !/^[a-z][a-z-]*$/.test(lemma)) return undefined;
  const name = predicateFromLemma(particle === undefined ? lemma : `${lemma} ${particle}`);
  return name === undefined ? undefined : { name, known: false };
}
