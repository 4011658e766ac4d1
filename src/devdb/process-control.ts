/** Small process helpers for a server we start detached and find again through its pid file. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
 * of some other program is never taken for our server). A stale pid file is removed.
 */
export function livePid(pidFile: string, marker: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  const cmdline = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? commandLineOf(pid) : '';
  if (cmdline !== '' && (cmdline.includes(marker) || !existsSync('/proc'))) return pid;
  rmSync(pidFile, { force: true });
  return null;
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
