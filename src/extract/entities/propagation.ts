/**
 * Types learned in one place hold for the whole article: "Blinken" is a person because "Anthony Blinken"
 * is one, and a lone "Lincoln" is the person "President Lincoln", not the city; "bin Laden" is the end of
 * "Osama bin Laden"; a lone first name is the one person of the article who has it.
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
  const firstNames = new Map<string, Set<string>>();
  const typedNames = new Map<string, MentionDraft>();
  for (const mention of mentions) {
    if (mention.type === 'PERSON' && mention.last - mention.first >= 2) {
      surnames.add((analysed.tokens[mention.last - 1] as Token).text);
      const first = (analysed.tokens[mention.first] as Token).text;
      firstNames.set(first, (firstNames.get(first) ?? new Set()).add(mention.name));
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
    } else if (
      (words.length === 1 && (surnames.has(name) || firstNames.get(name)?.size === 1)) ||
      (words.length > 1 && endsOneName(mentions, name))
    ) {
      // A lone first name is the one person of the article who has it ("Nick" for Nick Chute).
      added.push(makeDraft(analysed, chunk.first, chunk.last, 'PERSON', 'propagated'));
    }
  }
  return [...mentions, ...added];
}

function endsOneName(mentions: readonly MentionDraft[], name: string): boolean {
  const owners = new Set(
    mentions.filter((m) => m.type === 'PERSON' && m.name.endsWith(` ${name}`)).map((m) => m.name),
  );
  return owners.size === 1;
}

function copyType(analysed: AnalysedText, chunk: NameChunk, known: MentionDraft): MentionDraft {
  const mention = makeDraft(analysed, chunk.first, chunk.last, known.type, 'propagated');
  mention.key = known.key;
  mention.canonical = known.canonical;
  return mention;
}
