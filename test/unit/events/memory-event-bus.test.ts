/** The in-process event bus: delivery by topic and filter, bounded queues, unsubscribing while waiting. */
import { EventSubscriberOverflow } from '../../../src/events/event-bus';
import { createMemoryEventBus } from '../../../src/events/memory-event-bus';

type Events = { readonly numbers: number; readonly words: string };

describe('createMemoryEventBus', () => {
  test('each subscriber gets the events of its topic published after it subscribed, in order', async () => {
    const bus = createMemoryEventBus<Events>();
    await bus.publish('numbers', 0);
    const first = bus.subscribe('numbers');
    const second = bus.subscribe('numbers');
    const words = bus.subscribe('words');
    await bus.publish('numbers', 1);
    await bus.publish('words', 'one');
    await bus.publish('numbers', 2);
    expect([(await first.next()).value, (await first.next()).value]).toEqual([1, 2]);
    expect([(await second.next()).value, (await second.next()).value]).toEqual([1, 2]);
    expect((await words.next()).value).toBe('one');
  });

  test('a filter keeps only the events it accepts', async () => {
    const bus = createMemoryEventBus<Events>();
    const even = bus.subscribe('numbers', (n) => n % 2 === 0);
    for (const n of [1, 2, 3, 4]) await bus.publish('numbers', n);
    expect([(await even.next()).value, (await even.next()).value]).toEqual([2, 4]);
  });

  test('a waiting next() gets the next event, and return() ends it at once', async () => {
    const bus = createMemoryEventBus<Events>();
    const subscription = bus.subscribe('numbers');
    const waiting = subscription.next();
    await bus.publish('numbers', 7);
    await expect(waiting).resolves.toEqual({ value: 7, done: false });
    const pending = subscription.next();
    await subscription.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    await bus.publish('numbers', 8);
    await expect(subscription.next()).resolves.toEqual({ value: undefined, done: true });
  });

  test('a subscriber that stops reading is dropped with an overflow error once its queue is full', async () => {
    const bus = createMemoryEventBus<Events>(3);
    const slow = bus.subscribe('numbers');
    const reading = bus.subscribe('numbers');
    for (const n of [1, 2, 3, 4, 5]) {
      await bus.publish('numbers', n);
      await reading.next();
    }
    await expect(slow.next()).rejects.toBeInstanceOf(EventSubscriberOverflow);
    await expect(slow.next()).resolves.toEqual({ value: undefined, done: true });
  });

  test('close() ends every subscription; later ones end at once', async () => {
    const bus = createMemoryEventBus<Events>();
    const subscription = bus.subscribe('words');
    const pending = subscription.next();
    await bus.close();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    await expect(bus.subscribe('words').next()).resolves.toEqual({ value: undefined, done: true });
  });

  test('for await … break unsubscribes', async () => {
    const bus = createMemoryEventBus<Events>();
    const seen: number[] = [];
    const reader = (async () => {
      for await (const n of bus.subscribe('numbers')) {
        seen.push(n);
        if (n === 2) break;
      }
    })();
    for (const n of [1, 2, 3]) await bus.publish('numbers', n);
    await reader;
    expect(seen).toEqual([1, 2]);
  });
});
