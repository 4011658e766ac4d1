/**
 * A pool of worker threads (piscina) that runs the extractors, so that a large article never stalls the
 * API's event loop or the other articles of an ingest run. Idle threads exit after a while (they do not
 * keep the process alive); close() ends them all.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Extraction } from '../extract/types';
import type { ExtractionTask, SyntaxInputTask } from './extraction-worker';

export interface ExtractionPoolOptions {
  /** Worker threads at most; default: the available cores (at least 1, at most 4). */
  readonly threads?: number;
  /**
   * How long an idle thread lives, in ms; default 5 minutes: a new thread loads the models again (seconds),
   * which a server should not pay on every request after a pause.
   */
  readonly idleTimeoutMs?: number;
}

/** Where extraction tasks run: a worker pool, or the calling thread. */
export interface ExtractionRunner {
  run(task: ExtractionTask): Promise<Extraction>;
  /** The text CoreNLP reads for `text` (glued names split). */
  syntaxInput(text: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Extraction on the calling thread, for a one-shot command (`newsgraph extract`) that has no event loop
 * to keep free: a worker would only load the models a second time.
 */
export const inlineExtraction: ExtractionRunner = {
  run: async (task) => (await import('./extraction-worker')).runExtractionTask(task),
  syntaxInput: async (text) =>
    (await import('./extraction-worker')).runExtractionTask({ kind: 'syntax-input', text }),
  close: () => Promise.resolve(),
};

export class ExtractionPool implements ExtractionRunner {
  private readonly piscina: Piscina<ExtractionTask | SyntaxInputTask, Extraction | string>;

  constructor(options: ExtractionPoolOptions = {}) {
    const threads = options.threads ?? Math.min(4, Math.max(1, availableParallelism()));
    this.piscina = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: options.idleTimeoutMs ?? 300_000,
    });
  }

  async run(task: ExtractionTask): Promise<Extraction> {
    return (await this.piscina.run(task)) as Extraction;
  }

  async syntaxInput(text: string): Promise<string> {
    return (await this.piscina.run({ kind: 'syntax-input', text })) as string;
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}

/** The compiled worker beside this module (dist/), else the loader that compiles the sources (ts-jest). */
export function workerFile(directory: string = __dirname): string {
  const compiled = path.join(directory, 'extraction-worker.js');
  return existsSync(compiled) ? compiled : path.join(directory, 'ts-worker.js');
}
