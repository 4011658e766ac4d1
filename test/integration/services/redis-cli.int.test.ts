/**
 * `newsgraph redis start|status|stop` as a user runs it (the built CLI, a real Debian redis-server), on a
 * port and home of its own (NEWSGRAPH_TEST_REDIS_CLI_PORT, default 17796; a temporary NEWSGRAPH_REDIS_HOME):
 * status of a stopped server exits 3, start prints the URL to export and a second start finds it
 * running, the server answers PING with the queue's settings (noeviction, append-only), stop stops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { assertBuilt, runCli } from '../queue/harness';

jest.setTimeout(60_000);

const PORT = Number(process.env.NEWSGRAPH_TEST_REDIS_CLI_PORT ?? 17796);
let home: string;
let env: NodeJS.ProcessEnv;

async function cli(...args: string[]): Promise<{ code: number | string; output: string }> {
  const run = runCli(['redis', ...args], env);
  const code = await run.exited;
  return { code, output: run.output() };
}

beforeAll(() => {
  assertBuilt();
  home = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-redis-cli-'));
  env = { ...process.env, NEWSGRAPH_REDIS_HOME: home, NEWSGRAPH_REDIS_PORT: String(PORT) };
  delete env.NEWSGRAPH_REDIS_URL;
});

afterAll(async () => {
  await cli('stop').catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
});

test('status, start, start again, status, stop, status', async () => {
  const url = `redis://127.0.0.1:${PORT}`;
  expect(await cli('status')).toMatchObject({ code: 3, output: expect.stringMatching(/Redis:\s+stopped/) });

  const started = await cli('start');
  expect(started.code).toBe(0);
  expect(started.output).toMatch(/Redis started \(pid \d+\)/);
  expect(started.output).toContain(`NEWSGRAPH_REDIS_URL=${url}`);
  expect((await cli('start')).output).toMatch(/Redis is already running \(pid \d+\)/);

  const status = await cli('status');
  expect(status).toMatchObject({ code: 0, output: expect.stringMatching(/Redis:\s+running \(pid \d+\)/) });
  expect(status.output).toContain(url);

  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    expect(await client.ping()).toBe('PONG');
    expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
  } finally {
    client.disconnect();
  }

  expect(await cli('stop')).toMatchObject({ code: 0, output: expect.stringContaining('Redis stopped.') });
  expect(await cli('status')).toMatchObject({ code: 3 });
  expect((await cli('stop')).output).toContain('Redis was not running.');
});

test('two starts at once (two workers launched together) start one server, and stop finds it', async () => {
  const [first, second] = await Promise.all([cli('start'), cli('start')]);
  expect([first, second].map((run) => (run?.code === 0 ? 0 : run))).toEqual([0, 0]);
  const outputs = [first?.output ?? '', second?.output ?? ''];
  expect(outputs.filter((output) => /Redis started \(pid \d+\)/.test(output))).toHaveLength(1);
  expect(outputs.filter((output) => /Redis is already running \(pid \d+\)/.test(output))).toHaveLength(1);
  const pids = outputs.map((output) => /\(pid (\d+)\)/.exec(output)?.[1]);
  expect(pids[0]).toBe(pids[1]);
  expect(await cli('stop')).toMatchObject({ code: 0, output: expect.stringContaining('Redis stopped.') });
  expect(await cli('status')).toMatchObject({ code: 3 });
});

test('an unknown action is a usage error with a non-zero exit', async () => {
  const result = await cli('restart');
  expect(result.code).not.toBe(0);
  expect(result.output).toMatch(/Usage: newsgraph redis/);
});
