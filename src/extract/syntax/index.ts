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
import { readRelations } from './relations';

export type { EntityTable } from './model';

export function extractFromAnnotation(
  text: string,
  annotation: Annotation,
  options: ExtractOptions,
): Extraction {
  const sentences = assembleSentences(annotation, text);
  const table = buildEntityTable(annotation, text, options);
  const relations = readRelations(annotation, table, text);
  const assembled = assemble(annotation, text, table, relations);
  return {
    article: {
      id: options.id ?? articleId(text),
      title: options.title ?? null,
      date: options.date ?? null,
      sentences,
    },
    entities: assembled.entities,
    relations: assembled.relations,
  };
}
