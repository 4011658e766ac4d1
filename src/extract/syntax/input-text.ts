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
  return looksEnglish(working) ? insertSpaces(text, findGlueSplits(working)) : identityText(text);
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
