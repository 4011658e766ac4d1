/**
 * The news development set for the bench scripts (eval:news-dev, calibrate:confidence): where it lies
 * (../shared/datasets/news-dev, or NEWSDEV_DIR; texts are read from there, never stored) and each
 * article's CoreNLP annotation, from NEWSDEV_ANNOTATIONS=<folder of <name>.json> when set, else from the
 * server(s) at CORENLP_URL (default http://127.0.0.1:9000) through the project's client and its default
 * properties.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../src/nlp/annotation';
import { syntaxInput } from '../src/extract/syntax';
import { CoreNlpClient } from '../src/nlp/corenlp-client';
import { PROJECT_ROOT } from './project';

export const NEWSDEV_DATASET =
  process.env.NEWSDEV_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'datasets', 'news-dev');
const CACHE = process.env.NEWSDEV_ANNOTATIONS;
const SERVERS = (process.env.CORENLP_URL ?? 'http://127.0.0.1:9000').split(',');

let client: CoreNlpClient | undefined;

/** The annotation of article `name`, whose text (as stored, glued names not yet split) is `text`. */
export async function newsDevAnnotation(name: string, text: string): Promise<Annotation> {
  if (CACHE !== undefined) {
    return JSON.parse(readFileSync(path.join(CACHE, `${name}.json`), 'utf8')) as Annotation;
  }
  client ??= new CoreNlpClient({ urls: SERVERS });
  return client.annotate(syntaxInput(text).text);
}
