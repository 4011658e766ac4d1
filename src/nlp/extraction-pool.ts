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
import type { ExtractionTask } from './extraction-worker';

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
  close(): Promise<void>;
}

/**
 * Extraction on the calling thread, for a one-shot command (`newsgraph extract`) that has no event loop
 * to keep free: a worker would only load the models a second time.
 */
export const inlineExtraction: ExtractionRunner = {
  run: async (task) => (await import('./extraction-worker')).runExtractionTask(task),
  close: () => Promise.resolve(),
};

export class ExtractionPool implements ExtractionRunner {
  private readonly piscina: Piscina<ExtractionTask, Extraction>;

  constructor(options: ExtractionPoolOptions = {}) {
    const threads = options.threads ?? Math.min(4, Math.max(1, availableParallelism()));
    this.piscina = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: options.idleTimeoutMs ?? 300_000,
    });
  }

  run(task: ExtractionTask): Promise<Extraction> {
    return this.piscina.run(task);
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
