/**
 * The embedded Neo4j: a real Neo4j Community 5.26 server run from Maven Central jars, in the background,
 * on loopback. `start` fetches (once), configures, starts and waits until Bolt answers; `stop` sends
 * SIGTERM and kills only after a timeout; `status` reports pid, URLs and user.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';
import { fetchDistribution, type ProgressReporter } from './fetch';
import { distributionLayout, instanceLayout, type DistributionLayout, type InstanceLayout } from './layout';
import { jvmArguments, renderNeo4jConf, type ServerSettings } from './neo4j-conf';
import { renderServerLogsXml } from './server-logs';
import { isInitialized, resolvePassword, setInitialPassword } from './password';
import { checkJava, javaExecutable } from './prerequisites';
import {
  assertPortFree,
  isAlive,
  livePid,
  sleep,
  tailOf,
  START_LOCK_FETCH_MS,
  waitForExit,
  withStartLock,
} from './process-control';

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

export interface EmbeddedNeo4jOptions extends ServerSettings {
  /** Holds the jars (lib/, plugins/). */
  readonly home: string;
  /** Holds conf/, data/, logs/, run/ and the password; defaults to the home. */
  readonly instanceDir?: string;
  /** NEO4J_PASSWORD, or null to generate one and keep it in the instance folder. */
  readonly password: string | null;
  readonly startTimeoutMs: number;
  readonly stopTimeoutMs?: number;
  readonly progress?: ProgressReporter;
}

export interface EmbeddedNeo4jStatus {
  readonly running: boolean;
  readonly pid: number | null;
  readonly boltUri: string;
  readonly browserUrl: string;
  readonly user: string;
  readonly home: string;
  readonly instanceDir: string;
  readonly logFile: string;
}

export class EmbeddedNeo4j {
  readonly user = 'neo4j';
  private readonly distribution: DistributionLayout;
  private readonly instance: InstanceLayout;
  private readonly progress: ProgressReporter;

  constructor(private readonly options: EmbeddedNeo4jOptions) {
    this.distribution = distributionLayout(options.home);
    this.instance = instanceLayout(options.instanceDir ?? options.home);
    this.progress = options.progress ?? (() => undefined);
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  get browserUrl(): string {
    return `http://127.0.0.1:${this.options.httpPort}/browser/`;
  }

  get password(): string {
    return resolvePassword(this.instance, this.options.password);
  }

  /** The pid of our running server for this instance, or null. */
  runningPid(): number | null {
    return livePid(this.instance.pidFile, this.instance.conf);
  }

  status(): EmbeddedNeo4jStatus {
    const pid = this.runningPid();
    return {
      running: pid !== null,
      pid,
      boltUri: this.boltUri,
      browserUrl: this.browserUrl,
      user: this.user,
      home: this.distribution.home,
      instanceDir: this.instance.root,
      logFile: this.instance.consoleLog,
    };
  }

  /** Starts the server unless it already runs; resolves once Bolt answers. */
  async start(): Promise<{ alreadyRunning: boolean; pid: number }> {
    const running = this.runningPid();
    if (running !== null) return { alreadyRunning: true, pid: running };
    // Two commands starting it at once: one starts it, the other waits and finds it running.
    return withStartLock(
      `${this.instance.pidFile}.lock`,
      this.options.startTimeoutMs + START_LOCK_FETCH_MS,
      async () => {
        const started = this.runningPid();
        return started !== null ? { alreadyRunning: true, pid: started } : this.startLocked();
      },
    );
  }

  private async startLocked(): Promise<{ alreadyRunning: boolean; pid: number }> {
    await fetchDistribution(this.distribution.home, this.progress);
    await checkJava();
    await assertPortFree(this.options.boltPort, 'NEO4J_BOLT_PORT');
    await assertPortFree(this.options.httpPort, 'NEO4J_HTTP_PORT');
    this.writeConfiguration();
    const password = this.password;
    if (!isInitialized(this.instance)) {
      this.progress('Setting the initial Neo4j password...');
      await setInitialPassword(this.distribution, this.instance, password);
    }
    const pid = this.spawnServer();
    this.progress(`Neo4j is starting (pid ${pid}, log ${this.instance.consoleLog})...`);
    await this.waitUntilReady(pid, password);
    return { alreadyRunning: false, pid };
  }

  /** SIGTERM, then SIGKILL after the timeout. Resolves false when nothing was running. */
  async stop(): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === null) return false;
    process.kill(pid, 'SIGTERM');
    const exited = await waitForExit(pid, this.options.stopTimeoutMs ?? 60_000);
    if (!exited) {
      this.progress(`Neo4j (pid ${pid}) did not stop in time; killing it.`);
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 10_000);
    }
    rmSync(this.instance.pidFile, { force: true });
    return true;
  }

  private writeConfiguration(): void {
    for (const dir of [
      this.instance.conf,
      this.instance.data,
      this.instance.logs,
      this.instance.run,
      this.instance.importDir,
    ]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileSync(this.instance.configFile, renderNeo4jConf(this.options, this.distribution, this.instance));
    writeFileSync(path.join(this.instance.conf, 'server-logs.xml'), renderServerLogsXml());
  }

  private spawnServer(): number {
    const log = openSync(this.instance.consoleLog, 'a');
    const classpath = [
      `${this.distribution.plugins}/*`,
      `${this.instance.conf}/*`,
      `${this.distribution.lib}/*`,
    ].join(':');
    const child = spawn(
      javaExecutable(),
      [
        ...jvmArguments(this.options),
        '-cp',
        classpath,
        MAIN_CLASS,
        `--home-dir=${this.instance.root}`,
        `--config-dir=${this.instance.conf}`,
        '--console-mode',
      ],
      // Detached: a terminal's Ctrl-C goes to us, and we stop Neo4j cleanly instead of it dying mid-write.
      { cwd: this.instance.root, detached: true, stdio: ['ignore', log, log] },
    );
    closeSync(log);
    child.unref();
    if (child.pid === undefined) throw new AppError(ErrorCode.NEO4J_START_FAILED, 'Could not start java.');
    writeFileSync(this.instance.pidFile, `${child.pid}\n`);
    return child.pid;
  }

  private async waitUntilReady(pid: number, password: string): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    const driver = neo4j.driver(this.boltUri, neo4j.auth.basic(this.user, password), {
      connectionTimeout: 2_000,
      userAgent: 'newsgraph-devdb',
    });
    try {
      for (;;) {
        if (!isAlive(pid)) throw this.startFailure('Neo4j exited during start-up.');
        try {
          await driver.getServerInfo();
          return;
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          if (code.startsWith('Neo.ClientError.Security')) {
            await this.stop();
            throw this.wrongPassword();
          }
        }
        if (Date.now() > deadline) {
          await this.stop();
          throw this.startFailure(
            `Neo4j did not answer on ${this.boltUri} within ${this.options.startTimeoutMs / 1000} s.`,
          );
        }
        await sleep(500);
      }
    } finally {
      await driver.close();
    }
  }

  private logTail(): string {
    return existsSync(this.instance.consoleLog)
      ? tailOf(readFileSync(this.instance.consoleLog, 'utf8'), 30)
      : '(no log)';
  }

  private startFailure(reason: string): AppError {
    return new AppError(
      ErrorCode.NEO4J_START_FAILED,
      `${reason}\nLast lines of ${this.instance.consoleLog}:\n${this.logTail()}`,
    );
  }

  private wrongPassword(): AppError {
    return new AppError(
      ErrorCode.NEO4J_START_FAILED,
      `Neo4j refused the password. Its data in ${this.instance.data} was initialised with another one: set ` +
        `NEO4J_PASSWORD to that password (or remove NEO4J_PASSWORD to use the generated one in ` +
        `${this.instance.passwordFile}), or delete ${this.instance.data} to start with an empty database.`,
    );
  }
}
