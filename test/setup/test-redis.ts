/**
 * The Redis the queue tests talk to. With NEWSGRAPH_REDIS_URL set, that server. Otherwise a local one of
 * their own: Debian's redis-server on NEWSGRAPH_TEST_REDIS_PORT (default 16379), its own folder under
 * NEWSGRAPH_REDIS_HOME and a fresh data folder each run. NEWSGRAPH_REDIS_URL is then set for the tests
 * (and the CLI processes they spawn). The fault tests that stop Redis start one more of their own.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { RedisServer } from '../../src/services/redis';
import { startWithRun } from './reaper';

const STARTED_BY_US = 'NEWSGRAPH_TEST_REDIS_STARTED';

export function testRedisPort(): number {
  return Number(process.env.NEWSGRAPH_TEST_REDIS_PORT ?? 16379);
}

/** A test Redis on `port`, in its own folder (also used by tests that stop and restart one). */
export function testRedisServer(port: number = testRedisPort()): RedisServer {
  const { queue } = loadConfig({ ...process.env, NEWSGRAPH_REDIS_URL: undefined });
  return new RedisServer({
    home: path.join(queue.redisHome, 'instances', `test-${port}`),
    port,
    maxMemory: '128mb',
    progress: (message) => process.stderr.write(`[test redis] ${message}\n`),
  });
}

/** A fresh (empty) data folder for a test Redis that is not running. */
export function clearTestRedisData(server: RedisServer): void {
  rmSync(path.join(server.status().home, 'data'), { recursive: true, force: true });
}

export async function startTestRedis(): Promise<void> {
  if (process.env.NEWSGRAPH_REDIS_URL) return;
  const server = testRedisServer();
  if (server.runningPid() === null) {
    clearTestRedisData(server);
    await startWithRun(server, () => server.start());
    process.env[STARTED_BY_US] = '1';
  }
  process.env.NEWSGRAPH_REDIS_URL = server.url;
}

export async function stopTestRedis(): Promise<void> {
  if (process.env[STARTED_BY_US] !== '1') return;
  delete process.env[STARTED_BY_US];
  await testRedisServer().stop();
}
