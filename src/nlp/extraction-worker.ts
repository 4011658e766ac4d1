/**
 * What one worker thread of the extraction pool runs: the fast extractor on a text, the syntax extractor
 * on a text and its CoreNLP annotation, or the text CoreNLP is to read (glued names split: it needs the
 * gazetteer). All pure and CPU-bound, hence off the event loop.
 */
import { extract } from '../extract';
import { extractFromAnnotation, syntaxInput } from '../extract/syntax';
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

/** The text to send CoreNLP for an article (src/extract/syntax/input-text.ts). */
export interface SyntaxInputTask {
  readonly kind: 'syntax-input';
  readonly text: string;
}

export function runExtractionTask(task: ExtractionTask): Extraction;
export function runExtractionTask(task: SyntaxInputTask): string;
export function runExtractionTask(task: ExtractionTask | SyntaxInputTask): Extraction | string {
  switch (task.kind) {
    case 'syntax-input':
      return syntaxInput(task.text).text;
    case 'fast':
      return extract(task.text, task.options);
    case 'syntax':
      return extractFromAnnotation(task.text, task.annotation, task.options);
  }
}

export default runExtractionTask;
