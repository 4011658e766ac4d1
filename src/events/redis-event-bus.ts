/**
 * The EventBus across processes, over Redis pub/sub (NEWSGRAPH_REDIS_URL, the queue's Redis). A queue
 * worker on another machine publishes the articles it writes; every API process subscribed to Redis hears
 * them and hands them to its own GraphQL subscribers, so any API replica behind a load balancer tells its
 * clients of every article, whoever wrote it.
 *
 * publish() sends to Redis only: the event comes back to this process through its own subscription like
 * any other, so local and remote events take one path and arrive in one order. Fan-out to this process's
 * subscribers (each with its bounded queue) is the in-process bus's job. Pub/sub is at most once: an event
 * published while Redis is away, or while this process is not connected, is lost (the graph itself is not:
 * a client that must not miss an article reads `articles` after reconnecting).
 *
 * The subscriber connection opens on the first subscribe(): a worker that only publishes holds one
 * connection, an API two.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { type EventBus, type EventMap } from './event-bus';
import { createMemoryEventBus, DEFAULT_MAX_QUEUED_EVENTS } from './memory-event-bus';

export interface RedisEventBusOptions {
  readonly url: string;
  /** Channel names are `${prefix}${topic}`. */
  readonly channelPrefix?: string;
  readonly maxQueued?: number;
  readonly logger?: Logger;
  /** How long publish() waits for Redis before the event is given up (logged, never thrown). */
  readonly publishTimeoutMs?: number;
}

export const DEFAULT_CHANNEL_PREFIX = 'newsgraph:events:';

export interface RedisEventBus<Events extends EventMap> extends EventBus<Events> {
  /** Resolves once the subscriber connection listens (subscribe() opens it; events before are not seen). */
  ready(): Promise<void>;
}

export function createRedisEventBus<Events extends EventMap>(
  options: RedisEventBusOptions,
): RedisEventBus<Events> {
  const prefix = options.channelPrefix ?? DEFAULT_CHANNEL_PREFIX;
  const publishTimeoutMs = options.publishTimeoutMs ?? 2_000;
  const local = createMemoryEventBus<Events>(options.maxQueued ?? DEFAULT_MAX_QUEUED_EVENTS);
  const connectionOptions = {
    // A command waits for the connection (the first publish comes before it is up), but fails after one
    // reconnect attempt while Redis is away instead of queueing; publish() has its own deadline too.
    maxRetriesPerRequest: 1,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  } as const;
  let publisher: Redis | undefined;
  let subscriber: Redis | undefined;
  let listening: Promise<void> | undefined;
  let closed = false;

  const warn = (error: unknown, message: string) => options.logger?.warn({ err: error }, message);

  function publisherConnection(): Redis {
    if (publisher === undefined) {
      publisher = new Redis(options.url, { ...connectionOptions, connectionName: 'newsgraph-events-pub' });
      publisher.on('error', () => undefined); // reconnects by itself; each failed publish is logged
    }
    return publisher;
  }

  function listen(): Promise<void> {
    if (listening !== undefined) return listening;
    const connection = new Redis(options.url, {
      ...connectionOptions,
      // The subscription waits for Redis however long it is away; ioredis renews it after a reconnect.
      maxRetriesPerRequest: null,
      connectionName: 'newsgraph-events-sub',
    });
    subscriber = connection;
    connection.on('error', () => undefined);
    connection.on('pmessage', (_pattern: string, channel: string, message: string) => {
      if (!channel.startsWith(prefix)) return;
      let event: unknown;
      try {
        event = JSON.parse(message);
      } catch (error) {
        warn(error, `an event on ${channel} is not JSON; dropped`);
        return;
      }
      const topic = channel.slice(prefix.length) as keyof Events & string;
      void local.publish(topic, event as Events[typeof topic]);
    });
    listening = connection.psubscribe(`${escapePattern(prefix)}*`).then(() => undefined);
    listening.catch((error: unknown) => warn(error, 'could not subscribe to the event channels'));
    return listening;
  }

  return {
    async publish(topic, event) {
      if (closed) return;
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          publisherConnection().publish(`${prefix}${topic}`, JSON.stringify(event)),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${publishTimeoutMs} ms`)),
              publishTimeoutMs,
            );
            timer.unref();
          }),
        ]);
      } catch (error) {
        warn(error, `the ${topic} event was not published (Redis unreachable)`);
      } finally {
        clearTimeout(timer);
      }
    },
    subscribe(topic, accept) {
      if (!closed) void listen().catch(() => undefined);
      return local.subscribe(topic, accept);
    },
    ready() {
      return listen();
    },
    async close() {
      closed = true;
      await local.close();
      await Promise.all(
        [publisher, subscriber].map(async (connection) => {
          if (connection === undefined) return;
          // quit() waits for Redis; with Redis away it would wait for ever: bounded, then dropped.
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<void>((resolve) => {
            timer = setTimeout(resolve, 1_000);
          });
          try {
            await Promise.race([connection.quit(), late]);
          } catch {
            // already gone
          } finally {
            clearTimeout(timer);
            connection.disconnect();
          }
        }),
      );
    },
  };
}

/** A literal prefix in a Redis glob pattern. */
function escapePattern(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
