/**
 * The watchdog that stops the test servers when the test run dies (test/setup/reaper.ts), on real
 * processes: a detached "server" (a node process, as the real ones are spawned detached) and an "owner"
 * standing in for jest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { isAlive } from '../../../src/devdb/process-control';
import { processStartTime, startWithRun, stopWhenGone } from '../../setup/reaper';
import { waitFor } from '../queue/harness';

const started: ChildProcess[] = [];

function node(script: string, detached: boolean): ChildProcess {
  const child = spawn(process.execPath, ['-e', script], { detached, stdio: 'ignore' });
  if (detached) child.unref();
  started.push(child);
  return child;
}

const idle = 'setInterval(() => {}, 1000)';
const server = (): ChildProcess => node(idle, true);
const owner = (): ChildProcess => node(idle, false);
const pidOf = (child: ChildProcess): number => child.pid as number;

afterAll(() => {
  for (const child of started)
    if (child.pid !== undefined && isAlive(child.pid)) process.kill(child.pid, 'SIGKILL');
});

describe('the test servers die with the run', () => {
  it('reads a process start time from /proc', () => {
    const first = processStartTime(process.pid);
    expect(first).toMatch(/^\d+$/);
    expect(processStartTime(process.pid)).toBe(first);
  });

  it('stops a server once its owner is killed, and not before', async () => {
    const run = owner();
    const db = server();
    const watchdog = stopWhenGone([pidOf(db)], pidOf(run)) as number;
    expect(watchdog).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // more than two polls of the watchdog
    expect(isAlive(pidOf(db))).toBe(true);
    process.kill(pidOf(run), 'SIGKILL');
    await waitFor('the server stopped after its owner died', () => !isAlive(pidOf(db)), 30_000);
    await waitFor('the watchdog gone', () => !isAlive(watchdog), 10_000);
  });

  it('goes away by itself when the servers were stopped normally', async () => {
    const run = owner();
    const db = server();
    const watchdog = stopWhenGone([pidOf(db)], pidOf(run)) as number;
    process.kill(pidOf(db), 'SIGTERM');
    await waitFor('the watchdog gone', () => !isAlive(watchdog), 10_000);
    expect(isAlive(pidOf(run))).toBe(true);
  });

  it('watches the server a start spawns as soon as its pid is known, before the start ends', async () => {
    let spawned: ChildProcess | undefined;
    const before = new Set(await watchdogs());
    let during: number[] = [];
    await startWithRun({ runningPid: () => (spawned === undefined ? null : pidOf(spawned)) }, async () => {
      spawned = server();
      await waitFor(
        'a watchdog during the start',
        async () => {
          during = (await watchdogs()).filter((pid) => !before.has(pid));
          return during.length > 0;
        },
        5_000,
      );
    });
    expect(during).toHaveLength(1);
    process.kill(pidOf(spawned as ChildProcess), 'SIGTERM');
    await waitFor('the watchdog gone', () => !isAlive(during[0] as number), 10_000);
  });

  it('never touches a server that was running before the start', async () => {
    const db = server();
    let watchedPid: number | null = pidOf(db);
    const before = new Set(await watchdogs());
    await startWithRun({ runningPid: () => watchedPid }, async () => undefined);
    expect((await watchdogs()).filter((pid) => !before.has(pid))).toEqual([]);
    watchedPid = null;
  });
});

/** The pids of the watchdogs now running (their command line names reaper-watch.js). */
async function watchdogs(): Promise<number[]> {
  const { readdirSync, readFileSync } = await import('node:fs');
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('reaper-watch.js');
      } catch {
        return false;
      }
    })
    .map(Number);
}
