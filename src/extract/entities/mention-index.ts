/** Which mention covers a token: the lookups every later stage makes. */
import type { MentionDraft } from '../model';

export class MentionIndex {
  private readonly byToken: Int32Array;

  constructor(
    tokenCount: number,
    readonly mentions: readonly MentionDraft[],
  ) {
    this.byToken = new Int32Array(tokenCount).fill(-1);
    mentions.forEach((mention, index) => {
      for (let t = mention.first; t < mention.last; t += 1)
        if (this.byToken[t] === -1) this.byToken[t] = index;
    });
  }

  at(token: number): MentionDraft | undefined {
    const index = this.byToken[token];
    return index === undefined || index < 0 ? undefined : this.mentions[index];
  }

  /** The mention that ends just before `token` (exclusive end == token). */
  endingAt(token: number): MentionDraft | undefined {
    const mention = this.at(token - 1);
    return mention !== undefined && mention.last === token ? mention : undefined;
  }
}

/** Links read while building mentions ("Belarusian special forces" BELONGS_TO Belarus). */
export interface MentionLink {
  readonly subject: MentionDraft;
  readonly predicate: string;
  readonly object: MentionDraft;
  readonly construction: string;
  readonly confidence: number;
}
