/**
 * A plural title before a list of names: "Presidents Gorbachev, Mitterrand, Ozal, Mubarak, and Bendjedid;
 * Kings Fahd and Hassan; Prime Ministers Major and Andreotti". Each name is a person holding the title in
 * the singular; the list runs while only commas and "and" separate the names.
 */
import { titleLength } from '../lexicon/titles';
import type { Token } from '../nlp/document';
import type { NameChunk } from './chunks';

export interface TitledName extends NameChunk {
  readonly title: string;
  /** First token of the plural title, for the list's first name only. */
  readonly titleFirst?: number;
}

const MAX_TITLE_WORDS = 3;

/** The plural title a chunk opens with, as [its length in tokens, the singular title], if any. */
export function pluralTitle(tokens: readonly Token[], chunk: NameChunk): [number, string] | undefined {
  const words = tokens.slice(chunk.first, chunk.last).map((t) => t.text);
  for (let k = 1; k <= MAX_TITLE_WORDS && k < words.length; k += 1) {
    const last = words[k - 1] as string;
    if (!/[a-z]s$/.test(last)) continue;
    const singular = [...words.slice(0, k - 1), last.slice(0, -1)];
    if (titleLength(singular) === k) return [k, singular.join(' ')];
  }
  return undefined;
}

/** The chunks that make up a titled list, keyed by the first token of each chunk. */
export function titledLists(tokens: readonly Token[], chunks: readonly NameChunk[]): Map<number, TitledName> {
  const named = new Map<number, TitledName>();
  for (let c = 0; c < chunks.length; c += 1) {
    const chunk = chunks[c] as NameChunk;
    const plural = pluralTitle(tokens, chunk);
    if (plural === undefined) continue;
    const [length, title] = plural;
    named.set(chunk.first, { first: chunk.first + length, last: chunk.last, title, titleFirst: chunk.first });
    for (let next = c + 1; next < chunks.length; next += 1) {
      const previous = chunks[next - 1] as NameChunk;
      const following = chunks[next] as NameChunk;
      if (!onlyListSeparators(tokens, previous.last, following.first)) break;
      if (pluralTitle(tokens, following) !== undefined) break;
      named.set(following.first, { first: following.first, last: following.last, title });
    }
  }
  return named;
}

function onlyListSeparators(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  return tokens.slice(from, to).every((t) => t.text === ',' || t.lower === 'and');
}
