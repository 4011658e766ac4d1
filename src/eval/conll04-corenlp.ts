/**
 * The corenlp analyzer for `newsgraph eval conll04 --analyzer corenlp`: each sentence (its tokens joined
 * by spaces) is annotated by a CoreNLP server with DEFAULT_CORENLP_PROPERTIES, then read by the syntax
 * extractor (extractFromAnnotation), inline: it is a pure function of (text, annotation).
 *
 * Annotations are cached in a temporary folder (never in the repository: dev annotations must not be
 * committed), one file per sentence, named by a hash of the engine identity and the text, so a rerun
 * after a change to the extractor or the mapping re-reads nothing from the server.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFromAnnotation, syntaxInput } from '../extract/syntax';
import type { Annotation } from '../nlp/annotation';
import type { CoreNlpClient } from '../nlp/corenlp-client';
import type { Extractor } from './extractor';

export const DEFAULT_ANNOTATION_CACHE = path.join(tmpdir(), 'newsgraph-conll04-annotations');
export const DEFAULT_EVAL_CORENLP_URL = 'http://127.0.0.1:9000';

/** The part of the client the cache needs: tests give a fake. */
export type Annotator = Pick<CoreNlpClient, 'annotate' | 'identity'>;

export class CachedAnnotator {
  private readonly engine: string;
  private readonly pending = new Map<string, Promise<Annotation>>();
  /** Annotations the server was asked for (not found in the cache). */
  requested = 0;

  constructor(
    private readonly client: Annotator,
    private readonly folder: string = DEFAULT_ANNOTATION_CACHE,
  ) {
    const { name, version, settings } = client.identity();
    this.engine = `${name} ${version} ${settings}`;
  }

  fileFor(text: string): string {
    const hash = createHash('sha256').update(`${this.engine}\n${text}`, 'utf8').digest('hex');
    return path.join(this.folder, `${hash.slice(0, 32)}.json`);
  }

  annotate(text: string): Promise<Annotation> {
    const file = this.fileFor(text);
    const known = this.pending.get(file);
    if (known !== undefined) return known;
    const promise = this.load(file, text);
    this.pending.set(file, promise);
    return promise;
  }

  /**
   * Annotates every text, all requests issued at once: the client holds them to its bound (its
   * `threads` per server), so the server is kept busy without being flooded.
   */
  async prefetch(texts: readonly string[]): Promise<void> {
    await Promise.all(texts.map((text) => this.annotate(syntaxInput(text).text)));
  }

  private async load(file: string, text: string): Promise<Annotation> {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Annotation;
    this.requested++;
    const annotation = await this.client.annotate(text);
    mkdirSync(this.folder, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(annotation));
    renameSync(partial, file);
    return annotation;
  }
}

/** The syntax extractor over cached CoreNLP annotations, with the evaluation's Extractor signature. */
export function coreNlpEvalExtractor(annotator: CachedAnnotator): Extractor {
  return async (text, options = {}) =>
    extractFromAnnotation(text, await annotator.annotate(syntaxInput(text).text), options);
}
