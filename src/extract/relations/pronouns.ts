/**
 * Pronouns resolve to the nearest fitting entity: within the sentence the nearest one before the pronoun
 * ("warned Belarus that it could risk" -> Belarus); at the start of a sentence the subject of the sentence
 * before ("It allows Moscow's troops" -> Belarus). He and she want a person; it and they a country, an
 * organization or a city.
 */
import type { EntityType } from '../../vocabulary';
import type { MentionDraft } from '../model';
import type { Token } from '../nlp/document';
import type { ArgumentIndex } from './argument-index';

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);
const NON_PERSONAL = new Set(['it', 'its', 'they', 'them', 'their', 'itself', 'themselves']);
const GROUP_TYPES = new Set<EntityType>(['COUNTRY', 'ORGANIZATION', 'CITY']);
const LOOKBACK_SENTENCES = 2;

export function isResolvablePronoun(token: Token): boolean {
  return token.pos === 'PRON' && (PERSONAL.has(token.lower) || NON_PERSONAL.has(token.lower));
}

export class PronounResolver {
  /** Entity index of each clause subject, by sentence, in reading order. */
  private readonly subjects = new Map<number, number[]>();

  constructor(private readonly index: ArgumentIndex) {}

  noteSubject(sentence: number, entity: number): void {
    const list = this.subjects.get(sentence) ?? [];
    list.push(entity);
    this.subjects.set(sentence, list);
  }

  resolve(token: Token): number | undefined {
    const fits = (type: EntityType | undefined) =>
      type !== undefined && (PERSONAL.has(token.lower) ? type === 'PERSON' : GROUP_TYPES.has(type));
    const sameSentence = this.nearestBefore(token, fits, token.sentence);
    if (sameSentence !== undefined) return sameSentence;
    for (let s = token.sentence - 1; s >= 0 && s >= token.sentence - LOOKBACK_SENTENCES; s -= 1) {
      const subject = (this.subjects.get(s) ?? []).find((entity) => fits(this.index.typeOf(entity)));
      if (subject !== undefined) return subject;
      const nearest = this.nearestBefore(token, fits, s);
      if (nearest !== undefined) return nearest;
    }
    return undefined;
  }

  private nearestBefore(
    token: Token,
    fits: (type: EntityType | undefined) => boolean,
    sentence: number,
  ): number | undefined {
    let best: MentionDraft | undefined;
    for (const mention of this.index.inSentence(sentence)) {
      if (mention.first >= token.index) continue;
      if (mention.type === 'EVENT' || mention.type === 'FACILITY' || !fits(mention.type)) continue;
      if (best === undefined || mention.first > best.first) best = mention;
    }
    return best?.entity;
  }
}
