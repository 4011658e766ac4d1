/**
 * A typed publish/subscribe bus between the code that writes the graph and the code that tells clients
 * about it (GraphQL subscriptions). Events are plain JSON values, so an implementation across processes
 * (Redis pub/sub, once the ingest queue runs workers elsewhere) fits the same interface as the in-process
 * one (memory-event-bus.ts).
 */

/** Events of one topic; return() unsubscribes at once, even while next() waits. */
export interface EventSubscription<Event> extends AsyncIterableIterator<Event> {
  next(): Promise<IteratorResult<Event, void>>;
  return(): Promise<IteratorResult<Event, void>>;
}

/** Topic name -> the event published on it. */
export type EventMap = { readonly [topic: string]: unknown };

export interface EventBus<Events extends EventMap> {
  /** Hands the event to every current subscriber of the topic (none: dropped). Never waits for readers. */
  publish<Topic extends keyof Events & string>(topic: Topic, event: Events[Topic]): Promise<void>;
  /**
   * The topic's events published from now on, those `accept` takes, until the iterator is returned (a
   * client unsubscribes) or the bus closes. A subscriber that falls too far behind gets an
   * EventSubscriberOverflow from next() instead of unbounded buffering.
   */
  subscribe<Topic extends keyof Events & string>(
    topic: Topic,
    accept?: (event: Events[Topic]) => boolean,
  ): EventSubscription<Events[Topic]>;
  /** Ends every subscription (their iterators finish) and refuses new ones. */
  close(): Promise<void>;
}

/** Thrown to a subscriber whose unread events passed the bus's limit; the subscription is over. */
export class EventSubscriberOverflow extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} events waited unread: the subscriber reads too slowly, and was dropped`);
    this.name = 'EventSubscriberOverflow';
  }
}
