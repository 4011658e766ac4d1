/**
 * The PredicateChooser: the one place that labels a candidate with a predicate. Input is what the readers
 * saw (the trigger's lemma, its particle, the object noun, the preposition, the construction and the
 * entity types at both ends); output is a name from the vocabulary (src/vocabulary/predicates.ts) when one
 * of the candidate's phrases is a synonym there, else the verb's own lemma in UPPER_SNAKE ("fined" ->
 * FINE, from CoreNLP's lemma, never from cutting letters off the word).
 *
 * Phrases are tried longest first: "impose sanction on" (verb, object noun, preposition), "pull out of"
 * (verb, particle, preposition), then the object noun after a support verb ("imposed sanctions" ->
 * SANCTIONS), then the verb with its particle, then the verb alone.
 *
 * Prepositional objects (one scheme, used everywhere): "EU imposed a ban on China" gives
 *   EU -IMPOSE-> [ban]            (the direct object, a phrase node when it is not a name), and
 *   EU -IMPOSE_BAN_ON-> China     (the prepositional object: verb, object noun and preposition),
 * unless a vocabulary phrase covers the whole ("imposed sanctions on Russia" -> EU -SANCTIONS-> Russia).
 * With no direct object the preposition joins the verb: "split from X" -> SPLIT_FROM.
 */
import type { EntityType } from '../../../vocabulary';
import { predicateForPhrase, predicateFromLemma } from '../../../vocabulary/predicates';
import { NOMINALIZATIONS, SUPPORT_VERBS } from '../../lexicon/events';

/** Act noun -> its verb ("closure" -> "close"), from the lexicon's verb -> noun table. */
const NOUN_VERBS = new Map<string, string>();
for (const [verb, noun] of Object.entries(NOMINALIZATIONS))
  if (!NOUN_VERBS.has(noun)) NOUN_VERBS.set(noun, verb);

/** Everything the chooser may look at. */
export interface PredicateQuery {
  /** Lemma of the trigger (verb or noun), lower case. */
  readonly lemma: string;
  /** Verb particle ("down" in "shut down"), or "". */
  readonly particle: string;
  /** Lemma of the direct object's head when the relation's object is a prepositional one, or "". */
  readonly objectNoun: string;
  /** The preposition that attaches the relation's object ("on", "with", "from"), or "". */
  readonly preposition: string;
  readonly construction: string;
  readonly subjectType?: EntityType;
  readonly objectType?: EntityType;
  /** The object is an addressee or a thing, not the content of what was said. */
  readonly objectIsContent: boolean;
}

const STATES = 'STATES';

export function choosePredicate(query: PredicateQuery): string | undefined {
  const verb = query.particle ? `${query.lemma} ${query.particle}` : query.lemma;
  const tries: string[] = [];
  if (query.objectNoun && query.preposition) tries.push(`${verb} ${query.objectNoun} ${query.preposition}`);
  if (query.preposition) tries.push(`${verb} ${query.preposition}`);
  if (query.objectNoun && SUPPORT_VERBS.has(query.lemma)) {
    tries.push(query.objectNoun);
    // "lent its backing to": the gerund's verb ("back").
    if (query.objectNoun.endsWith('ing')) tries.push(query.objectNoun.slice(0, -3));
    const verbOfNoun = NOUN_VERBS.get(query.objectNoun);
    if (verbOfNoun) tries.push(verbOfNoun);
  }
  if (!query.preposition) {
    tries.push(verb);
    if (query.particle) tries.push(query.lemma);
  }
  for (const phrase of tries) {
    const known = predicateForPhrase(phrase);
    if (!known) continue;
    // Saying verbs are STATES only for what is said: "told Reuters" names an addressee (TELL), and
    // "added a singer to its roster" is no statement at all.
    if (known === STATES && !query.objectIsContent) continue;
    return known;
  }
  const parts = [verb];
  if (query.preposition) {
    if (query.objectNoun) parts.push(query.objectNoun);
    parts.push(query.preposition);
  }
  return predicateFromLemma(parts.join(' '));
}

/** The predicate of a role held at an organization: LEADS for leader roles, else WORKS_FOR. */
export function rolePredicate(leader: boolean): string {
  return leader ? 'LEADS' : 'WORKS_FOR';
}
