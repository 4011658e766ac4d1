/**
 * Test servers die with the test run. The servers are spawned detached (so that `npm start`'s can outlive
 * the command), and jest runs no teardown when it is killed: a killed `npm test` used to leave its Neo4j,
 * CoreNLP and Redis running, holding the test ports, and the next run failed at once. For each server a
 * test run starts, a small detached watchdog (reaper-watch.js) stops it when the owning process is gone.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The start time of a process (field 22 of /proc/<pid>/stat), or undefined when it cannot be read. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Stops the processes `pids` once `owner` (default: this process) has exited, whether it ended normally
 * without stopping them or was killed. Returns the watchdog's pid (undefined without /proc, where it
 * cannot tell a reused pid from ours and does nothing).
 */
export function stopWhenGone(pids: number[], owner: number = process.pid): number | undefined {
  const specs = pids.flatMap((pid) => {
    const start = processStartTime(pid);
    return start === undefined ? [] : [`${pid}:${start}`];
  });
  if (specs.length === 0) return undefined;
  const watchdog = spawn(
    process.execPath,
    [path.join(__dirname, 'reaper-watch.js'), String(owner), ...specs],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  watchdog.unref();
  return watchdog.pid;
}

/**
 * Runs `start` and, when the server was not running before, hands the process it starts to a watchdog as
 * soon as its pid is known (not only once it is ready: a run killed while CoreNLP loads must not leave it).
 * A server that was running already (someone else's) is never watched.
 */
export async function startWithRun<T>(
  server: { runningPid(): number | null },
  start: () => Promise<T>,
): Promise<T> {
  if (server.runningPid() !== null) return start();
  let watched = false;
  const watch = (): void => {
    const pid = watched ? null : server.runningPid();
    if (pid === null) return;
    watched = true;
    stopWhenGone([pid]);
  };
  const timer = setInterval(watch, 250);
  try {
    return await start();
  } finally {
    clearInterval(timer);
    watch();
  }
}
