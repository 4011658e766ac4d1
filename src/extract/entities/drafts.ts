/** Building mention drafts from token ranges. */
import type { EntityType } from '../../vocabulary';
import type { MentionDraft, TypeCue } from '../model';
import type { AnalysedText, Token } from '../nlp/document';

export function makeDraft(
  analysed: AnalysedText,
  first: number,
  last: number,
  type: EntityType,
  cue: TypeCue,
): MentionDraft {
  const a = analysed.tokens[first] as Token;
  const b = analysed.tokens[last - 1] as Token;
  return {
    first,
    last,
    sentence: a.sentence,
    start: a.start,
    end: b.end,
    type,
    name: analysed.original.slice(a.start, b.end),
    key: null,
    canonical: null,
    attributes: {},
    cue,
    entity: -1,
  };
}
