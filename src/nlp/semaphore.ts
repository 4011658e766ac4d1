/**
 * At most `permits` tasks at once; the others wait in arrival order. The CoreNLP client holds one permit
 * per request in flight, so it never queues more work on the server than the server has threads.
 */
export class Semaphore {
  private available: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly permits: number) {
    if (!Number.isInteger(permits) || permits < 1) throw new RangeError('permits must be an integer ≥ 1');
    this.available = permits;
  }

  /** Tasks running now. */
  get inUse(): number {
    return this.permits - this.available;
  }

  /** Tasks waiting for a permit. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.available > 0) {
      this.available -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** A released permit passes straight to the next waiter, so a newcomer cannot overtake the queue. */
  private release(): void {
    const next = this.waiting.shift();
    if (next === undefined) this.available += 1;
    else next();
  }
}
