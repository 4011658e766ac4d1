/** Small process helpers for a server we start detached and find again through its pid file. */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { AppError, ErrorCode } from '../errors';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process, or '' when it cannot be read (no /proc, gone). */
export function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/**
 * The pid in `pidFile` when that process is alive and its command line contains `marker` (so a reused pid
 * of some other program is never taken for our server). The pid file is removed only when its process
 * is gone: a server another command has just spawned may not show its marker yet (redis-server sets its
 * title after start-up), and removing its pid file then would lose track of it.
 */
export function livePid(pidFile: string, marker: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  const alive = Number.isInteger(pid) && pid > 0 && isAlive(pid);
  const cmdline = alive ? commandLineOf(pid) : '';
  if (cmdline !== '' && (cmdline.includes(marker) || !existsSync('/proc'))) return pid;
  if (!alive) rmSync(pidFile, { force: true });
  return null;
}

/**
 * Runs `start` while holding `lockFile` (created exclusively, holding our pid), so that two commands
 * starting the same local server at once (two `newsgraph worker`s launched together) never both spawn
 * one: the second waits for the first's start to finish, then finds the server running. A lock whose
 * holder died is taken over. Waits at most `timeoutMs` for another holder.
 */
/** How long a command waits for another's start beyond the start timeout: a first download of the jars. */
export const START_LOCK_FETCH_MS = 30 * 60_000;

export async function withStartLock<T>(
  lockFile: string,
  timeoutMs: number,
  start: () => Promise<T>,
): Promise<T> {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim() || 'NaN');
      // Written but empty (its holder is between create and write) counts as held for a moment.
      if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new AppError(
          ErrorCode.CONFIG_INVALID,
          `Another newsgraph process (pid ${holder}) has been starting this server for over ` +
            `${Math.round(timeoutMs / 1000)} s; if it is gone, remove ${lockFile}.`,
        );
      }
      await sleep(200);
    }
  }
  try {
    return await start();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

/** Throws a clear error naming the port and the variable that sets it when something already listens. */
export function assertPortFree(
  port: number,
  variable: string,
  service: { readonly code: ErrorCode; readonly name: string } = {
    code: ErrorCode.NEO4J_START_FAILED,
    name: 'Neo4j',
  },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new AppError(
          service.code,
          error.code === 'EADDRINUSE'
            ? `Port ${port} on 127.0.0.1 is already in use (another ${service.name}?). Stop that program or choose ` +
                `another port with ${variable}=<port>.`
            : `Cannot listen on 127.0.0.1:${port} (${variable}): ${error.message}`,
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export function tailOf(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}
