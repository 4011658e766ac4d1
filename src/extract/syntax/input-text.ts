/**
 * The text CoreNLP reads: the article with a space inserted between names glued together by bad copy
 * editing ("FranceUnited Kingdom", "Putinan": ../splitting.ts, the rule the fast extractor uses), so the
 * tokenizer and the NER see two words. Both analyzers then read the same words. The extraction is mapped
 * back (`toOriginalOffsets`): every offset and text in it refers to the article as given.
 *
 * The analyzer annotates `syntaxInput(text).text`; the extractor, given the original text, recomputes the
 * same splits (pure and cheap) and checks which of the two texts the annotation's tokens fit.
 */
import type { Annotation } from '../../nlp/annotation';
import { looksEnglish } from '../language';
import { normalizeCharacters } from '../normalize';
import { identityText, insertSpaces, type OffsetText } from '../offset-text';
import { findGlueSplits } from '../splitting';
import type { CharRange, Extraction } from '../types';

export function syntaxInput(text: string): OffsetText {
  const working = normalizeCharacters(text);
  if (!looksEnglish(working)) return identityText(text);
  const headline = headlineBreak(text);
  const splits = findGlueSplits(working);
  if (headline === undefined) return insertSpaces(text, splits);
  const before = [...splits.filter((i) => i !== headline), headline].sort((a, b) => a - b);
  return insertSpaces(text, before, (index) => (index === headline ? '\n' : ' '));
}

/** Marks that end a sentence (or a line that is one): a line ending otherwise runs on. */
const LINE_END = /[.!?:;,"'\u201d\u2019)\]\u2026-]$/u;

/**
 * A headline on the first line, followed by a single newline: the index of that newline, before which a
 * second one goes, so that CoreNLP (which breaks sentences at two newlines, not one: hard-wrapped text
 * runs on across lines) reads the headline as a sentence of its own instead of gluing it to the first
 * sentence ("... from Porto" + "Riverside United have signed ..." read as one name). A headline: at most
 * 20 words, no end mark, and a line of text after it, in a text that is not hard-wrapped.
 */
export function headlineBreak(text: string): number | undefined {
  const end = text.indexOf('\n');
  if (end <= 0 || text[end + 1] === '\n' || text[end + 1] === '\r') return undefined;
  const line = text.slice(0, end).replace(/\r$/, '').trim();
  const words = line.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 20 || LINE_END.test(line) || !/\p{L}/u.test(line))
    return undefined;
  if (hardWrapped(text)) return undefined;
  const next = text.slice(end + 1).split('\n', 1)[0] ?? '';
  return /^\s*["'\u201c\u2018(]?\p{Lu}/u.test(next) ? end : undefined;
}

/** Whether every token of the annotation stands at its offsets in `text`. */
export function annotationFits(annotation: Annotation, text: string): boolean {
  return annotation.sentences.every((sentence) =>
    sentence.tokens.every(
      (token) => text.slice(token.characterOffsetBegin, token.characterOffsetEnd) === token.originalText,
    ),
  );
}

/** The extraction of `input.text` restated over `original`: offsets mapped back, texts re-read. */
export function toOriginalOffsets(extraction: Extraction, input: OffsetText, original: string): Extraction {
  if (input.text === original) return extraction;
  const range = <T extends CharRange>(span: T): T => {
    const start = input.toOriginal(span.start);
    const end = span.end > span.start ? input.toOriginal(span.end - 1) + 1 : start;
    return { ...span, start, end };
  };
  const spanned = <T extends CharRange & { readonly text: string }>(span: T): T => {
    const mapped = range(span);
    return { ...mapped, text: original.slice(mapped.start, mapped.end) };
  };
  const optional = <T extends CharRange>(span: T | undefined) =>
    span === undefined ? undefined : range(span);
  return {
    article: { ...extraction.article, sentences: extraction.article.sentences.map(spanned) },
    entities: extraction.entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions.map((mention) => {
        const mapped = spanned(mention);
        return mention.titleStart === undefined
          ? mapped
          : { ...mapped, titleStart: input.toOriginal(mention.titleStart) };
      }),
    })),
    relations: extraction.relations.map((relation) => ({
      ...relation,
      evidence: relation.evidence.map((evidence) => {
        const mapped = spanned(evidence);
        const subject = optional(evidence.subject);
        const object = optional(evidence.object);
        const trigger = optional(evidence.trigger);
        return {
          ...mapped,
          ...(subject === undefined ? {} : { subject }),
          ...(object === undefined ? {} : { object }),
          ...(trigger === undefined ? {} : { trigger }),
        };
      }),
    })),
  };
}

/** Most lines run on without an end mark: text wrapped at a fixed width, where a line is no unit. */
function hardWrapped(text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length >= 4 && lines.filter((line) => !LINE_END.test(line)).length * 2 > lines.length;
}
