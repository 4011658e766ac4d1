/** The mentions a relation can take as arguments, found by the token they start or end on. */
import type { EntityDraft, MentionDraft } from '../model';
import type { AnalysedText } from '../nlp/document';

export class ArgumentIndex {
  private readonly starting = new Map<number, MentionDraft>();
  private readonly ending = new Map<number, MentionDraft>();
  private readonly byFirst = new Map<number, MentionDraft[]>();
  private readonly bySentence = new Map<number, MentionDraft[]>();
  private readonly titleTokens = new Set<number>();

  constructor(
    readonly analysed: AnalysedText,
    readonly mentions: readonly MentionDraft[],
    readonly entities: readonly EntityDraft[],
  ) {
    for (const mention of mentions) {
      push(this.bySentence, mention.sentence, mention);
      if (mention.type === 'CONCEPT')
        for (let t = mention.first; t < mention.last; t += 1) this.titleTokens.add(t);
      if (mention.type === 'DATE' || mention.type === 'CONCEPT') continue;
      push(this.byFirst, mention.first, mention);
      const start = this.starting.get(mention.first);
      if (start === undefined || mention.last > start.last) this.starting.set(mention.first, mention);
      const end = this.ending.get(mention.last - 1);
      if (end === undefined || mention.first < end.first) this.ending.set(mention.last - 1, mention);
    }
  }

  /** The widest mention that starts at the token. */
  startingAt(token: number): MentionDraft | undefined {
    return this.starting.get(token);
  }

  /** The widest mention that ends on the token (inclusive). */
  endingOn(token: number): MentionDraft | undefined {
    return this.ending.get(token);
  }

  /** The smallest mention that starts at the token ("Russia" in "Russia's invasion of Ukraine"). */
  innermostAt(token: number): MentionDraft | undefined {
    let best: MentionDraft | undefined;
    for (const mention of this.mentionsAt(token))
      if (best === undefined || mention.last < best.last) best = mention;
    return best;
  }

  private mentionsAt(token: number): readonly MentionDraft[] {
    return this.byFirst.get(token) ?? [];
  }

  /** Every mention of a sentence, DATE and CONCEPT included, in reading order. */
  inSentence(sentence: number): readonly MentionDraft[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** The token belongs to a title before a name ("President" in "President Lincoln"). */
  isTitle(token: number): boolean {
    return this.titleTokens.has(token);
  }

  typeOf(entity: number) {
    return this.entities[entity]?.type;
  }
}

function push<K>(map: Map<K, MentionDraft[]>, key: K, mention: MentionDraft): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [mention]);
  else list.push(mention);
}
