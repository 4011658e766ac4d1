/**
 * Types learned in one place hold for the whole article: "Blinken" is a person because "Anthony Blinken"
 * is one, and a lone "Lincoln" is the person "President Lincoln", not the city. Never by first name.
 */
import type { MentionDraft } from '../model';
import type { AnalysedText, Token } from '../nlp/document';
import type { NameChunk } from './chunks';
import { makeDraft } from './drafts';

export function propagateTypes(
  analysed: AnalysedText,
  mentions: MentionDraft[],
  untyped: readonly NameChunk[],
): MentionDraft[] {
  const surnames = new Set<string>();
  const typedNames = new Map<string, MentionDraft>();
  for (const mention of mentions) {
    if (mention.type === 'PERSON' && mention.last - mention.first >= 2) {
      surnames.add((analysed.tokens[mention.last - 1] as Token).text);
    }
    if (!typedNames.has(mention.name)) typedNames.set(mention.name, mention);
  }
  for (const mention of mentions) {
    if (mention.last - mention.first === 1 && mention.type === 'CITY' && surnames.has(mention.name)) {
      mention.type = 'PERSON';
      mention.key = null;
      mention.canonical = null;
      mention.cue = 'propagated';
    }
  }
  const added: MentionDraft[] = [];
  for (const chunk of untyped) {
    const words = analysed.tokens.slice(chunk.first, chunk.last);
    const name = words.map((t) => t.text).join(' ');
    const known = typedNames.get(name);
    if (known !== undefined) {
      added.push(copyType(analysed, chunk, known));
    } else if (words.length === 1 && surnames.has(name)) {
      added.push(makeDraft(analysed, chunk.first, chunk.last, 'PERSON', 'propagated'));
    }
  }
  return [...mentions, ...added];
}

function copyType(analysed: AnalysedText, chunk: NameChunk, known: MentionDraft): MentionDraft {
  const mention = makeDraft(analysed, chunk.first, chunk.last, known.type, 'propagated');
  mention.key = known.key;
  mention.canonical = known.canonical;
  return mention;
}
