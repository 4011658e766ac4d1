/**
 * The local Stanford CoreNLP server: fetched from Maven Central once, run in the background from its jars,
 * kept to loopback (see server-arguments.ts). `start` fetches, starts, waits for /ready and warms the models
 * with one request before it resolves; `stop` sends SIGTERM and kills only after a grace; `status` reports
 * the pid and whether the server answers.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, ErrorCode } from '../../errors';
import type { ProgressReporter } from '../../devdb/fetch';
import { checkJava, javaExecutable } from '../../devdb/prerequisites';
import {
  assertPortFree,
  isAlive,
  livePid,
  sleep,
  START_LOCK_FETCH_MS,
  waitForExit,
  withStartLock,
} from '../../devdb/process-control';
import { CORENLP_SERVICE, fetchCoreNlp } from './fetch';
import {
  coreNlpDistribution,
  coreNlpInstance,
  type CoreNlpDistribution,
  type CoreNlpInstance,
} from './layout';
import {
  javaArguments,
  renderBlockList,
  renderServerProperties,
  serverProperties,
  type CoreNlpServerSettings,
} from './server-arguments';
import {
  explainDeathDuringStart,
  explainServerFailure,
  startTimeout,
  type FailureContext,
} from './start-failure';

export interface CoreNlpServerOptions extends CoreNlpServerSettings {
  /** Holds the jars (lib/). */
  readonly home: string;
  /** Holds logs/, run/ and conf/; defaults to the home. */
  readonly instanceDir?: string;
  readonly startTimeoutMs: number;
  readonly stopTimeoutMs?: number;
  readonly progress?: ProgressReporter;
}

export interface CoreNlpServerStatus {
  /** Our server (from this instance's pid file) is alive. */
  readonly running: boolean;
  readonly pid: number | null;
  /** Something answers GET /ready on the port with 200: ours, or a server newsgraph did not start. */
  readonly ready: boolean;
  readonly url: string;
  readonly home: string;
  readonly instanceDir: string;
  readonly logFile: string;
}

/** A short text that goes through every default annotator (NER, the parser; pronouns for a custom coref setting). */
export const WARM_UP_TEXT =
  'Ada Lovelace met Charles Babbage in London in June 1833. She later wrote notes on his engine.';

export class CoreNlpServer {
  private readonly distribution: CoreNlpDistribution;
  private readonly instance: CoreNlpInstance;
  private readonly progress: ProgressReporter;

  constructor(private readonly options: CoreNlpServerOptions) {
    this.distribution = coreNlpDistribution(options.home);
    this.instance = coreNlpInstance(options.instanceDir ?? options.home);
    this.progress = options.progress ?? (() => undefined);
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get logFile(): string {
    return this.instance.log;
  }

  /** The pid of our running server for this instance, or null. */
  runningPid(): number | null {
    // The block list's path is in the command line and unique to this instance.
    return livePid(this.instance.pidFile, this.instance.blockList);
  }

  async status(): Promise<CoreNlpServerStatus> {
    const pid = this.runningPid();
    return {
      running: pid !== null,
      pid,
      ready: await this.isReady(),
      url: this.url,
      home: this.distribution.home,
      instanceDir: this.instance.root,
      logFile: this.instance.log,
    };
  }

  /** Starts the server unless it already runs; resolves once it is ready and its models are warm. */
  async start(): Promise<{ alreadyRunning: boolean; pid: number }> {
    const running = this.runningPid();
    if (running !== null) {
      // Started by another command that may still be loading: wait for it rather than fail the first text.
      await this.waitUntilReady(running);
      return { alreadyRunning: true, pid: running };
    }
    // Two commands starting it at once (two workers): one starts it, the other waits and finds it running.
    const lock = `${this.instance.pidFile}.lock`;
    return withStartLock(lock, this.options.startTimeoutMs + START_LOCK_FETCH_MS, async () => {
      const started = this.runningPid();
      if (started === null) return this.startLocked();
      await this.waitUntilReady(started);
      return { alreadyRunning: true, pid: started };
    });
  }

  private async startLocked(): Promise<{ alreadyRunning: boolean; pid: number }> {
    await fetchCoreNlp(this.distribution.home, this.progress);
    await checkJava(undefined, CORENLP_SERVICE);
    await this.assertPortFree();
    this.writeConfiguration();
    const pid = this.spawnServer();
    this.progress(
      `CoreNLP is starting on ${this.url} (pid ${pid}, heap ${this.options.heap}, ` +
        `${this.options.threads} threads, log ${this.instance.log}); loading its models...`,
    );
    const startedAt = Date.now();
    try {
      await this.waitUntilReady(pid);
      await this.warmUp(pid);
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.progress(`CoreNLP is ready (${((Date.now() - startedAt) / 1000).toFixed(1)} s).`);
    return { alreadyRunning: false, pid };
  }

  /** SIGTERM, then SIGKILL after the grace. Resolves false when nothing of ours was running. */
  async stop(): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === null) return false;
    process.kill(pid, 'SIGTERM');
    const exited = await waitForExit(pid, this.options.stopTimeoutMs ?? 15_000);
    if (!exited) {
      this.progress(`CoreNLP (pid ${pid}) did not stop in time; killing it.`);
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 10_000);
    }
    rmSync(this.instance.pidFile, { force: true });
    return true;
  }

  /** GET /ready answers 200 once the server's preloaded annotators are loaded. */
  async isReady(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(2_000) });
      await response.text();
      return response.ok;
    } catch {
      return false;
    }
  }

  private async assertPortFree(): Promise<void> {
    try {
      await assertPortFree(this.options.port, 'NEWSGRAPH_NLP_PORT', {
        code: ErrorCode.NLP_UNAVAILABLE,
        name: 'CoreNLP server',
      });
    } catch (error) {
      if (!(error instanceof AppError) || !(await this.isReady())) throw error;
      throw new AppError(
        ErrorCode.NLP_UNAVAILABLE,
        `${error.message} A CoreNLP server that newsgraph did not start answers there: to use it, set ` +
          `CORENLP_URL=${this.url}.`,
      );
    }
  }

  private writeConfiguration(): void {
    for (const file of [this.instance.log, this.instance.pidFile, this.instance.blockList]) {
      mkdirSync(path.dirname(file), { recursive: true });
    }
    writeFileSync(this.instance.blockList, renderBlockList());
    writeFileSync(this.instance.serverProperties, renderServerProperties(serverProperties(this.options)));
  }

  private spawnServer(): number {
    const log = openSync(this.instance.log, 'w');
    const child = spawn(javaExecutable(), javaArguments(this.options, this.distribution, this.instance), {
      cwd: this.instance.root,
      // Detached: a terminal's Ctrl-C goes to us, and we stop the server instead of leaving it to chance.
      detached: true,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child.unref();
    if (child.pid === undefined) throw new AppError(ErrorCode.NLP_UNAVAILABLE, 'Could not start java.');
    writeFileSync(this.instance.pidFile, `${child.pid}\n`);
    return child.pid;
  }

  private async waitUntilReady(pid: number): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    for (;;) {
      if (!isAlive(pid)) throw explainDeathDuringStart(this.log(), this.failureContext());
      if (await this.isReady()) return;
      if (Date.now() > deadline) {
        throw startTimeout(this.options.startTimeoutMs, this.log(), this.failureContext());
      }
      await sleep(500);
    }
  }

  /** One request through every preloaded annotator, so the first real text does not pay for lazy loading. */
  private async warmUp(pid: number): Promise<void> {
    const properties = encodeURIComponent(
      JSON.stringify({ ...serverProperties(this.options), outputFormat: 'json' }),
    );
    let response: Response;
    try {
      response = await fetch(`${this.url}/?properties=${properties}`, {
        method: 'POST',
        body: WARM_UP_TEXT,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(this.options.startTimeoutMs),
      });
    } catch (error) {
      await sleep(500); // let a dying JVM finish writing its last words to the log
      if (!isAlive(pid)) throw explainDeathDuringStart(this.log(), this.failureContext());
      throw explainServerFailure(
        `The CoreNLP server did not answer its warm-up request: ${(error as Error).message}`,
        this.log(),
        this.failureContext(),
      );
    }
    const body = await response.text();
    if (!response.ok || !body.includes('"sentences"')) {
      throw explainServerFailure(
        `The CoreNLP server failed its warm-up request (HTTP ${response.status}): ${body.slice(0, 300)}`,
        this.log(),
        this.failureContext(),
      );
    }
  }

  private log(): string {
    return existsSync(this.instance.log) ? readFileSync(this.instance.log, 'utf8') : '(no log)';
  }

  private failureContext(): FailureContext {
    return {
      port: this.options.port,
      heap: this.options.heap,
      threads: this.options.threads,
      logFile: this.instance.log,
      home: this.distribution.home,
    };
  }
}
