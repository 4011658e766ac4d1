/**
 * The in-process EventBus: every subscriber has its own queue of at most `maxQueued` unread events; past
 * that it is dropped with EventSubscriberOverflow, so a client that stops reading costs bounded memory and
 * never slows the publisher. Returning an iterator (a client unsubscribing) removes it at once, even while
 * it waits for an event.
 */
import { type EventBus, type EventMap, EventSubscriberOverflow, type EventSubscription } from './event-bus';

export const DEFAULT_MAX_QUEUED_EVENTS = 1_000;

export function createMemoryEventBus<Events extends EventMap>(
  maxQueued = DEFAULT_MAX_QUEUED_EVENTS,
): EventBus<Events> {
  const subscribers = new Map<string, Set<Subscriber<unknown>>>();
  let closed = false;
  return {
    async publish(topic, event) {
      for (const subscriber of subscribers.get(topic) ?? []) subscriber.push(event);
    },
    subscribe<Topic extends keyof Events & string>(
      topic: Topic,
      accept: (event: Events[Topic]) => boolean = () => true,
    ) {
      const set = subscribers.get(topic) ?? new Set();
      subscribers.set(topic, set);
      const subscriber = new Subscriber<Events[Topic]>(maxQueued, accept, () => {
        set.delete(subscriber as Subscriber<unknown>);
        if (set.size === 0 && subscribers.get(topic) === set) subscribers.delete(topic);
      });
      if (closed) subscriber.end();
      else set.add(subscriber as Subscriber<unknown>);
      return subscriber.iterator();
    },
    async close() {
      closed = true;
      for (const set of subscribers.values()) for (const subscriber of [...set]) subscriber.end();
      subscribers.clear();
    },
  };
}

type Waiter<T> = {
  resolve(result: IteratorResult<T, void>): void;
  reject(error: Error): void;
};

class Subscriber<T> {
  private readonly queue: T[] = [];
  private waiter: Waiter<T> | undefined;
  private failure: Error | undefined;
  private done = false;

  constructor(
    private readonly maxQueued: number,
    private readonly accept: (event: T) => boolean,
    private readonly onEnd: () => void,
  ) {}

  push(event: T): void {
    if (this.done || !this.accept(event)) return;
    if (this.waiter !== undefined) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve({ value: event, done: false });
    } else if (this.queue.length >= this.maxQueued) {
      this.failure = new EventSubscriberOverflow(this.maxQueued);
      this.queue.length = 0;
      this.finish();
    } else {
      this.queue.push(event);
    }
  }

  /** No more events: a waiting next() resolves as done. */
  end(): void {
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd();
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter === undefined) return;
    if (this.failure !== undefined) waiter.reject(this.takeFailure());
    else waiter.resolve({ value: undefined, done: true });
  }

  private takeFailure(): Error {
    const failure = this.failure as Error;
    this.failure = undefined;
    return failure;
  }

  private next(): Promise<IteratorResult<T, void>> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve({ value: queued, done: false });
    if (this.failure !== undefined) return Promise.reject(this.takeFailure());
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  iterator(): EventSubscription<T> {
    const stop = async (): Promise<IteratorResult<T, void>> => {
      this.queue.length = 0;
      this.failure = undefined;
      this.finish();
      return { value: undefined, done: true };
    };
    const iterator: EventSubscription<T> = {
      next: () => this.next(),
      return: stop,
      throw: async (error: unknown) => {
        await stop();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
