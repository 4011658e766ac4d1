/**
 * The local Redis of the ingest queue, run like the embedded Neo4j and the local CoreNLP: Debian's
 * `redis-server` (any Redis 6.2+ or Valkey elsewhere), on loopback, with its own folder (config, data,
 * log, pid file) and port. Its data survive a restart (append-only file, fsync every second) and it never
 * evicts a key: BullMQ needs `noeviction`, since an evicted job would be a lost article.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppError, ErrorCode } from '../../errors';
import {
  assertPortFree,
  isAlive,
  livePid,
  sleep,
  tailOf,
  waitForExit,
  withStartLock,
} from '../../devdb/process-control';

export interface RedisServerOptions {
  /** Holds redis.conf, data/, redis.log and redis.pid. */
  readonly home: string;
  readonly port: number;
  /** maxmemory, e.g. 256mb. */
  readonly maxMemory: string;
  readonly startTimeoutMs?: number;
  readonly progress?: (message: string) => void;
  /** The executable; default `redis-server` on the PATH. */
  readonly executable?: string;
}

export interface RedisServerStatus {
  readonly running: boolean;
  readonly pid: number | null;
  readonly url: string;
  readonly home: string;
  readonly logFile: string;
}

export class RedisServer {
  private readonly progress: (message: string) => void;

  constructor(private readonly options: RedisServerOptions) {
    this.progress = options.progress ?? (() => undefined);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.options.port}`;
  }

  private get pidFile(): string {
    return path.join(this.options.home, 'redis.pid');
  }

  private get logFile(): string {
    return path.join(this.options.home, 'redis.log');
  }

  private get configFile(): string {
    return path.join(this.options.home, 'redis.conf');
  }

  /** Redis rewrites its process title to "redis-server 127.0.0.1:<port>": that names our server. */
  runningPid(): number | null {
    return livePid(this.pidFile, `127.0.0.1:${this.options.port}`);
  }

  status(): RedisServerStatus {
    const pid = this.runningPid();
    return { running: pid !== null, pid, url: this.url, home: this.options.home, logFile: this.logFile };
  }

  /** Starts the server unless it runs; resolves once it answers PING. */
  async start(): Promise<{ alreadyRunning: boolean; pid: number }> {
    const running = this.runningPid();
    if (running !== null) {
      await this.waitUntilReady(running);
      return { alreadyRunning: true, pid: running };
    }
    // Two commands starting it at once: one starts it, the other waits and finds it running.
    const timeoutMs = (this.options.startTimeoutMs ?? 20_000) + 10_000;
    return withStartLock(`${this.pidFile}.lock`, timeoutMs, async () => {
      const started = this.runningPid();
      if (started === null) return this.startLocked();
      await this.waitUntilReady(started);
      return { alreadyRunning: true, pid: started };
    });
  }

  private async startLocked(): Promise<{ alreadyRunning: boolean; pid: number }> {
    await assertPortFree(this.options.port, 'NEWSGRAPH_REDIS_PORT', {
      code: ErrorCode.QUEUE_UNAVAILABLE,
      name: 'Redis',
    });
    mkdirSync(path.join(this.options.home, 'data'), { recursive: true });
    writeFileSync(this.configFile, redisConf(this.options));
    const pid = this.spawnServer();
    this.progress(`Redis is starting on ${this.url} (pid ${pid}, log ${this.logFile}).`);
    try {
      await this.waitUntilReady(pid);
    } catch (error) {
      await this.stop();
      throw error;
    }
    return { alreadyRunning: false, pid };
  }

  /** SIGTERM (Redis flushes its append-only file and exits), SIGKILL after the grace. */
  async stop(): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === null) return false;
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
    rmSync(this.pidFile, { force: true });
    return true;
  }

  /** PING answers +PONG once Redis has loaded its data. */
  ping(): Promise<boolean> {
    return pingRedis('127.0.0.1', this.options.port);
  }

  private spawnServer(): number {
    const log = openSync(this.logFile, 'a');
    let child;
    try {
      child = spawn(this.options.executable ?? 'redis-server', [this.configFile], {
        cwd: this.options.home,
        detached: true,
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log);
    }
    child.on('error', () => undefined); // ENOENT is reported by waitUntilReady, with the fix
    child.unref();
    if (child.pid === undefined) throw missingRedis();
    writeFileSync(this.pidFile, `${child.pid}\n`);
    return child.pid;
  }

  private async waitUntilReady(pid: number): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 20_000);
    for (;;) {
      if (await this.ping()) return;
      if (!isAlive(pid)) {
        throw new AppError(
          ErrorCode.QUEUE_UNAVAILABLE,
          `Redis stopped while starting. Its log (${this.logFile}) ends with:\n${tailOf(this.log(), 15)}`,
        );
      }
      if (Date.now() > deadline) {
        throw new AppError(ErrorCode.QUEUE_UNAVAILABLE, `Redis did not answer on ${this.url} in time.`);
      }
      await sleep(100);
    }
  }

  private log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '(no log)';
  }
}

export function redisConf(options: Pick<RedisServerOptions, 'home' | 'port' | 'maxMemory'>): string {
  return [
    '# Written by newsgraph (src/services/redis): a loopback Redis for the ingest queue.',
    'bind 127.0.0.1',
    'protected-mode yes',
    `port ${options.port}`,
    'daemonize no',
    `dir ${path.join(options.home, 'data')}`,
    // Queued articles survive a restart: the append-only file, flushed every second.
    'appendonly yes',
    'appendfsync everysec',
    'save ""',
    `maxmemory ${options.maxMemory}`,
    // BullMQ's requirement: an evicted key would be a lost or corrupted job.
    'maxmemory-policy noeviction',
    '',
  ].join('\n');
}

/** One PING over a raw socket: no client library needed to tell whether Redis is up. */
export function pingRedis(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

function missingRedis(): AppError {
  return new AppError(
    ErrorCode.DEPENDENCY_MISSING,
    'redis-server is not installed: `apt-get install redis-server` (or point NEWSGRAPH_REDIS_URL at a Redis 6.2+).',
  );
}
