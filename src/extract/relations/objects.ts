/**
 * What follows a verb group: a particle ("shut down"), a preposition ("ally with", "border on"), then the
 * object: a mention (and its coordinated members), an event noun phrase, or a noun whose own predicate
 * takes over ("imposed sanctions against X": SANCTIONS X).
 */
import { predicateForPhrase } from '../../vocabulary';
import { gazetteer } from '../gazetteer';
import type { SentenceSpan, Token } from '../nlp/document';
import { demonymMention, GROUP_NOUNS } from '../entities/descriptions';
import { EVENT_NOUNS } from '../lexicon/events';
import type { MentionDraft } from '../model';
import type { ArgumentIndex } from './argument-index';
import { coordinatedAfter } from './coordination';
import type { ArgumentRef } from './model';
import { ref } from './subjects';
import type { VerbGroup } from './verb-groups';

const PARTICLES = new Set(['up', 'down', 'off', 'out', 'over', 'away', 'back', 'in', 'on']);
const SKIPPABLE = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART']);
const NOMINAL_PREPOSITIONS = new Set(['against', 'on', 'of', 'to', 'with', 'upon', 'in']);
const OBJECT_REACH = 5;
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

export interface ObjectReading {
  readonly objects: ArgumentRef[];
  readonly particle?: string;
  readonly preposition?: string;
  /** "sanctions against X": the noun's predicate and its own objects. */
  readonly nominal?: { readonly predicate: string; readonly noun: Token; readonly objects: ArgumentRef[] };
  /** The object is the possessor of the noun after the verb ("supported Russia's efforts"). */
  readonly possessed?: boolean;
  /** Token after which the object ended. */
  readonly end: number;
}

export function findObjects(index: ArgumentIndex, sentence: SentenceSpan, group: VerbGroup): ObjectReading {
  const tokens = index.analysed.tokens;
  let k = group.last;
  let particle: string | undefined;
  let preposition: string | undefined;
  const next = tokens[k];
  if (
    next !== undefined &&
    next.pos === 'ADP' &&
    PARTICLES.has(next.lower) &&
    index.startingAt(k + 1) === undefined &&
    tokens[k + 1]?.pos !== 'DET'
  ) {
    particle = next.lower;
    k += 1;
  }
  while (k < sentence.last && (tokens[k] as Token).pos === 'ADV' && k < group.last + 3) k += 1;
  if (k < sentence.last && (tokens[k] as Token).pos === 'ADP') {
    preposition = (tokens[k] as Token).lower;
    k += 1;
  }
  for (let steps = 0; k < sentence.last && steps < OBJECT_REACH; steps += 1, k += 1) {
    const token = tokens[k] as Token;
    if (index.isTitle(k)) continue;
    const mention = index.startingAt(k);
    if (mention !== undefined) {
      const head = compoundHead(index, mention, sentence);
      if (head !== undefined) {
        return {
          objects: [ref(head, 'mention')],
          ...(particle === undefined ? {} : { particle }),
          ...(preposition === undefined ? {} : { preposition }),
          end: head.last,
        };
      }
      // "Moscow's troops": the possessor is not the object; the noun after it is. Some verbs take it for
      // one all the same ("supported Russia's military efforts"): the reading says it was a possessor.
      if (tokens[mention.last]?.text === "'s" && index.startingAt(mention.last + 1) === undefined)
        return {
          objects: [ref(mention, 'metonymy')],
          possessed: true,
          ...(particle === undefined ? {} : { particle }),
          ...(preposition === undefined ? {} : { preposition }),
          end: mention.last,
        };
      const objects = [ref(mention, 'mention'), ...coordinatedAfter(index, mention, sentence.last)];
      return {
        objects,
        ...(particle === undefined ? {} : { particle }),
        ...(preposition === undefined ? {} : { preposition }),
        end: mention.last,
      };
    }
    if (token.pos === 'NOUN') {
      // "killing rock star John Lennon": role nouns before a name describe the person who is the object.
      const person = personAfterNouns(index, sentence, k);
      if (person !== undefined)
        return {
          objects: [ref(person, 'mention')],
          ...(particle === undefined ? {} : { particle }),
          ...(preposition === undefined ? {} : { preposition }),
          end: person.last,
        };
      return nounObject(index, sentence, k, particle, preposition);
    }
    if ((token.pos === 'ADJ' || token.pos === 'PROPN') && token.text !== token.lower) {
      const place = gazetteer().demonymOf(token.text);
      if (place !== undefined && standsForCountry(tokens, k))
        return demonymObject(index, k, place, particle, preposition);
    }
    const possessivePronoun = token.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(token.lower);
    if (!SKIPPABLE.has(token.pos) && !possessivePronoun && token.lower !== 'both' && token.lower !== 'either')
      break;
  }
  return {
    objects: [],
    ...(particle === undefined ? {} : { particle }),
    ...(preposition === undefined ? {} : { preposition }),
    end: k,
  };
}

/**
 * "Lincoln assassin John Wilkes Booth", "Phoenix newspaper reporter Don Bolles": a name, common
 * nouns, then a person; the person heads the phrase.
 */
function compoundHead(
  index: ArgumentIndex,
  mention: MentionDraft,
  sentence: SentenceSpan,
): MentionDraft | undefined {
  const k = afterCommonNouns(index, sentence, mention.last);
  if (k === mention.last || k >= sentence.last) return undefined;
  const head = index.innermostAt(k);
  return head?.type === 'PERSON' ? head : undefined;
}

function personAfterNouns(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  from: number,
): MentionDraft | undefined {
  const k = afterCommonNouns(index, sentence, from);
  const person = k < sentence.last ? index.startingAt(k) : undefined;
  return person?.type === 'PERSON' ? person : undefined;
}

/** Past up to three lower-case nouns from `from` ("assassin", "newspaper reporter"): where they end. */
function afterCommonNouns(index: ArgumentIndex, sentence: SentenceSpan, from: number): number {
  const tokens = index.analysed.tokens;
  let k = from;
  while (k < sentence.last && k < from + 3) {
    const noun = tokens[k] as Token;
    if (noun.pos !== 'NOUN' || noun.text !== noun.lower) break;
    k += 1;
  }
  return k;
}

export function nounObject(
  index: ArgumentIndex,
  sentence: SentenceSpan,
  at: number,
  particle?: string,
  preposition?: string,
): ObjectReading {
  const tokens = index.analysed.tokens;
  const noun = tokens[at] as Token;
  const base = {
    ...(particle === undefined ? {} : { particle }),
    ...(preposition === undefined ? {} : { preposition }),
  };
  const predicate = predicateForPhrase(noun.lemma) ?? predicateForPhrase(noun.lower);
  const after = tokens[at + 1];
  if (predicate !== undefined && after !== undefined && NOMINAL_PREPOSITIONS.has(after.lower)) {
    const inner = findObjects(index, sentence, {
      first: at,
      last: at + 1,
      head: at,
      lemma: noun.lemma,
      negated: false,
      modality: null,
      passive: false,
      finite: true,
    });
    if (inner.objects.length > 0)
      return { objects: [], ...base, nominal: { predicate, noun, objects: inner.objects }, end: inner.end };
  }
  return { objects: [], ...base, end: at + 1 };
}

/** Nouns after a nationality that make it stand for its country: "Russian aggression", "Russian troops". */
const ACTING_NOUNS = new Set([
  ...EVENT_NOUNS,
  ...GROUP_NOUNS,
  'efforts',
  'interests',
  'government',
  'people',
]);

/** "encourage Russian aggression" is about Russia; "host Russian nuclear weapons" is not. */
function standsForCountry(tokens: readonly Token[], demonym: number): boolean {
  for (let k = demonym + 1; k < demonym + 4; k += 1) {
    const token = tokens[k];
    if (token === undefined || token.text !== token.lower) return false;
    if (token.pos === 'NOUN') return ACTING_NOUNS.has(token.lower);
    if (token.pos !== 'ADJ') return false;
  }
  return false;
}

function demonymObject(
  index: ArgumentIndex,
  at: number,
  place: NonNullable<ReturnType<ReturnType<typeof gazetteer>['demonymOf']>>,
  particle?: string,
  preposition?: string,
): ObjectReading {
  const mention = demonymMention(index.analysed, at, place);
  const entity = index.entities.find((e) => e.key === place.key);
  const objects: ArgumentRef[] =
    entity === undefined
      ? []
      : [{ entity: entity.index, span: { start: mention.start, end: mention.end }, via: 'demonym' }];
  return {
    objects,
    ...(particle === undefined ? {} : { particle }),
    ...(preposition === undefined ? {} : { preposition }),
    end: at + 1,
  };
}
