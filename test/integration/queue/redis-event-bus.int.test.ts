/**
 * The Redis event bus against the real test Redis: an event published by one bus (a worker's) reaches the
 * subscribers of another (an API's) in publish order, filters apply, unsubscribing and closing end the
 * iterators, and a Redis that is not there costs a publisher a bounded wait and no exception.
 */
import { createRedisEventBus, type RedisEventBus } from '../../../src/events/redis-event-bus';
import type { IngestEvents } from '../../../src/events/ingest-events';

jest.setTimeout(30_000);

let redisUrl: string;
const opened: RedisEventBus<IngestEvents>[] = [];

function bus(options: { url?: string; prefix?: string } = {}): RedisEventBus<IngestEvents> {
  const created = createRedisEventBus<IngestEvents>({
    url: options.url ?? redisUrl,
    channelPrefix: options.prefix ?? 'newsgraph-test:events:',
    publishTimeoutMs: 500,
  });
  opened.push(created);
  return created;
}

const article = (articleId: string) =>
  ({ articleId, title: null, status: 'new', entities: 2, relations: 1 }) as const;

beforeAll(() => {
  redisUrl = process.env.NEWSGRAPH_REDIS_URL ?? '';
  if (redisUrl === '') throw new Error('NEWSGRAPH_REDIS_URL is not set: run through jest (global setup)');
});

afterAll(async () => {
  await Promise.all(opened.map((created) => created.close()));
});

test("one bus's events reach another's subscribers, in order and filtered", async () => {
  const worker = bus();
  const api = bus();
  const all = api.subscribe('articleIngested');
  const onlyB = api.subscribe('articleIngested', (event) => event.articleId === 'b');
  const relations = api.subscribe('relationAdded');
  await api.ready();

  await worker.publish('articleIngested', article('a'));
  await worker.publish('articleIngested', article('b'));
  await worker.publish('relationAdded', {
    articleId: 'b',
    subjectId: 'country:x',
    predicate: 'SANCTIONS',
    objectId: 'country:y',
    negated: false,
    modality: null,
  });

  expect((await all.next()).value).toEqual(article('a'));
  expect((await all.next()).value).toEqual(article('b'));
  expect((await onlyB.next()).value).toEqual(article('b'));
  expect((await relations.next()).value).toMatchObject({ articleId: 'b', predicate: 'SANCTIONS' });

  // Unsubscribing ends that iterator only; closing the bus ends the rest.
  expect(await onlyB.return()).toEqual({ value: undefined, done: true });
  await worker.publish('articleIngested', article('c'));
  expect((await all.next()).value).toEqual(article('c'));
  const waiting = all.next();
  await api.close();
  expect(await waiting).toEqual({ value: undefined, done: true });
});

test('buses with other channel prefixes do not hear each other', async () => {
  const mine = bus({ prefix: 'newsgraph-test:mine:' });
  const theirs = bus({ prefix: 'newsgraph-test:theirs:' });
  const heard = mine.subscribe('articleIngested');
  await mine.ready();
  await theirs.publish('articleIngested', article('theirs'));
  await mine.publish('articleIngested', article('mine'));
  expect((await heard.next()).value).toEqual(article('mine'));
});

test('publishing to a Redis that is not there neither throws nor waits past its timeout', async () => {
  const away = bus({ url: 'redis://127.0.0.1:1' });
  const started = Date.now();
  await expect(away.publish('articleIngested', article('lost'))).resolves.toBeUndefined();
  expect(Date.now() - started).toBeLessThan(5_000);
});
