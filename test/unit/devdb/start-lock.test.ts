/**
 * withStartLock: the start of a local server by two processes at once is serialized through a lock file;
 * a lock left by a dead process is taken over; the lock is gone afterwards, success or failure.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withStartLock } from '../../../src/devdb/process-control';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lock-'));

test('two starts at once run one after the other, never together', async () => {
  const lock = path.join(dir, 'a', 'server.pid.lock');
  const events: string[] = [];
  const start = (name: string) =>
    withStartLock(lock, 5_000, async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      events.push(`${name} out`);
      return name;
    });
  expect(await Promise.all([start('one'), start('two')])).toEqual(['one', 'two']);
  expect(events).toEqual(['one in', 'one out', 'two in', 'two out']);
  expect(existsSync(lock)).toBe(false);
});

test("a dead process's lock is taken over, and a failed start releases the lock", async () => {
  const lock = path.join(dir, 'b.lock');
  writeFileSync(lock, '999999999\n'); // no such process
  await expect(
    withStartLock(lock, 2_000, async () => {
      throw new Error('java is missing');
    }),
  ).rejects.toThrow('java is missing');
  expect(existsSync(lock)).toBe(false);
});

test('a live holder that never lets go: a clear error after the timeout', async () => {
  const lock = path.join(dir, 'c.lock');
  writeFileSync(lock, `${process.pid}\n`);
  await expect(withStartLock(lock, 300, async () => 'never')).rejects.toThrow(
    /has been starting this server/,
  );
});
