/**
 * What one worker thread of the extraction pool runs: the fast extractor on a text, or the syntax
 * extractor on a text and its CoreNLP annotation. Both are pure and CPU-bound, hence off the event loop.
 */
import { extract } from '../extract';
import { extractFromAnnotation } from '../extract/syntax';
import type { Extraction, ExtractOptions } from '../extract/types';
import type { Annotation } from './annotation';

export type ExtractionTask =
  | { readonly kind: 'fast'; readonly text: string; readonly options: ExtractOptions }
  | {
      readonly kind: 'syntax';
      readonly text: string;
      readonly annotation: Annotation;
      readonly options: ExtractOptions;
    };

export function runExtractionTask(task: ExtractionTask): Extraction {
  switch (task.kind) {
    case 'fast':
      return extract(task.text, task.options);
    case 'syntax':
      return extractFromAnnotation(task.text, task.annotation, task.options);
  }
}

export default runExtractionTask;
