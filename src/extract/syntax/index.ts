/**
 * The syntax extractor: a pure function of (text, CoreNLP annotation). The entity stage builds an
 * EntityTable (NER mentions, gazetteers, coreference), the relation stage reads dependency paths between
 * its entities, and assemble turns both into the output contract.
 */
import type { Annotation } from '../../nlp/annotation';
import { articleId } from '../ids';
import type { Extraction, ExtractOptions } from '../types';
import { assemble, assembleSentences } from './assemble';
import { buildEntityTable } from './entities';
import { annotationFits, syntaxInput, toOriginalOffsets } from './input-text';
import { readRelations } from './relations';

export { syntaxInput } from './input-text';

export type { EntityTable } from './model';

/**
 * `annotation` is CoreNLP's reading of `syntaxInput(text).text` (glued names split; what the analyzer
 * sends), or of `text` itself; offsets in the result always refer to `text`.
 */
export function extractFromAnnotation(
  text: string,
  annotation: Annotation,
  options: ExtractOptions,
): Extraction {
  const input = syntaxInput(text);
  if (input.text !== text && annotationFits(annotation, input.text)) {
    return toOriginalOffsets(extractFromText(input.text, annotation, options, text), input, text);
  }
  return extractFromText(text, annotation, options, text);
}

function extractFromText(
  text: string,
  annotation: Annotation,
  options: ExtractOptions,
  original: string,
): Extraction {
  const sentences = assembleSentences(annotation, text);
  const table = buildEntityTable(annotation, text, options);
  const relations = readRelations(annotation, table, text);
  const assembled = assemble(annotation, text, table, relations);
  return {
    article: {
      id: options.id ?? articleId(original),
      title: options.title ?? null,
      date: options.date ?? null,
      sentences,
    },
    entities: assembled.entities,
    relations: assembled.relations,
  };
}
