/**
 * All Neo4j access goes through GraphDatabase: managed transactions (executeRead/executeWrite, which retry
 * transient errors), a timeout and a tag on every transaction, Cypher logged with its parameters at debug
 * level, records turned into plain objects, and driver errors turned into AppErrors that name the URI.
 */
import neo4j, {
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type Session,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { AppError, ErrorCode, isAppError } from '../errors';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { toPlain } from './plain';

export interface ConnectionInfo {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export interface GraphDatabaseOptions {
  /** Timeout of read transactions. */
  readonly queryTimeoutMs: number;
  /** Timeout of write transactions; defaults to queryTimeoutMs. */
  readonly writeTimeoutMs?: number;
  /**
   * How long managed transactions retry transient errors and an unreachable server (NEWSGRAPH_DB_RETRY_MS,
   * default 3 s), never longer than the transaction's timeout: an outage is reported in seconds (the
   * driver's own default, 30 s, left API clients waiting 15 to 33 s).
   */
  readonly maxRetryTimeMs?: number;
  readonly logger?: Logger;
  /** Called once per Cypher statement sent: tests count round trips with it. */
  readonly onQuery?: (statement: string) => void;
  /**
   * Called once per transaction begun, with its metadata and whether it is explicit (BEGIN … COMMIT) or
   * auto-commit (one statement sent on its own): tests count transactions with it.
   */
  readonly onTransaction?: (metadata: TransactionMetadata, kind: TransactionKind) => void;
}

export type TransactionKind = 'explicit' | 'auto-commit';

/** What every transaction carries (visible in SHOW TRANSACTIONS): who sent it and why. */
export type TransactionMetadata = { readonly app: 'newsgraph'; readonly tag: string } & Readonly<
  Record<string, string>
>;

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export const DEFAULT_RETRY_MS = 3_000;
const CONNECTION_TIMEOUT_MS = 5_000;
/** Past its timeout a transaction's own deadline gives the server this long to say why it stopped. */
const DEADLINE_GRACE_MS = 2_000;
/** Transient errors of a reachable server (deadlocks, leader changes): the driver's old default. */
const TRANSIENT_RETRY_MS = 15_000;

export const USER_AGENT = `newsgraph/${process.env.npm_package_version ?? '0.1.0'}`;

export class GraphDatabase {
  private readonly logger: Logger;
  /**
   * Every session of this database shares one bookmark manager: a read after a write sees that write
   * even when, on a cluster (a neo4j:// URI), the read goes to a follower and the write went to the
   * leader. Other processes' writes are seen once the follower has them (a queue worker's article may
   * take a moment to show in the API's reads).
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    readonly connection: Omit<ConnectionInfo, 'password'>,
    private readonly options: GraphDatabaseOptions,
  ) {
    this.logger = options.logger ?? silentLogger();
  }

  static connect(info: ConnectionInfo, options: GraphDatabaseOptions): GraphDatabase {
    const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
      userAgent: USER_AGENT,
      disableLosslessIntegers: true,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      // GraphDatabase retries (inSession), with a budget per kind of failure. (The driver still retries
      // once, after about 1 s, a failure within the first millisecond: its check is elapsed > 0.)
      maxTransactionRetryTime: 0,
      logging: {
        level: 'warn',
        // Debug: the driver logs each failed connection with a stack trace (23 of them for one outage of
        // an ingest run); the AppError that translate() makes of the failure says what matters, once.
        logger: (level, message) => options.logger?.debug({ driver: level }, message),
      },
    });
    return new GraphDatabase(driver, { uri: info.uri, user: info.user, database: info.database }, options);
  }

  /** The bookmarks of the last writes this database saw: what a follower must have applied for a read. */
  async lastBookmarks(): Promise<string[]> {
    return [...(await this.bookmarks.getBookmarks())];
  }

  /** Resolves when the server answers and accepts our credentials. */
  async verify(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.connection.database });
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** One read statement in its own managed transaction; rows as plain objects. */
  async read<T extends Row = Row>(statement: string, params: Params = {}, tag = 'read'): Promise<T[]> {
    return this.readTransaction((tx) => this.run<T>(tx, statement, params), tag);
  }

  /** One write statement in its own managed transaction; rows as plain objects. */
  async write<T extends Row = Row>(statement: string, params: Params = {}, tag = 'write'): Promise<T[]> {
    return this.writeTransaction((tx) => this.run<T>(tx, statement, params), tag);
  }

  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, tag = 'read'): Promise<T> {
    return this.inSession('read', (session) =>
      session.executeRead(work, this.transactionConfig(tag, 'read')),
    );
  }

  /** Managed write transaction: retried by the driver on transient errors (deadlocks, leader changes). */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, tag = 'write'): Promise<T> {
    return this.inSession('write', (session) =>
      session.executeWrite(work, this.transactionConfig(tag, 'write')),
    );
  }

  /**
   * One managed transaction, retried here rather than by the driver so that each kind of failure has its
   * own budget: an unreachable server NEWSGRAPH_DB_RETRY_MS (3 s), other transient errors (deadlocks
   * between concurrent ingests) TRANSIENT_RETRY_MS; neither longer than the transaction's timeout. The
   * whole, retries included, settles by its own deadline (the timeout plus a grace): a server that stopped
   * answering on an open connection (frozen, or its host gone) would otherwise hold the caller until TCP
   * gives up.
   */
  private async inSession<T>(mode: 'read' | 'write', work: (session: Session) => Promise<T>): Promise<T> {
    const timeout = this.timeoutOf(mode);
    const unavailableBudget = Math.min(this.options.maxRetryTimeMs ?? DEFAULT_RETRY_MS, timeout);
    const transientBudget = Math.min(TRANSIENT_RETRY_MS, timeout);
    const started = Date.now();
    let deadlinePassed = false;
    const attempts = async (): Promise<T> => {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await this.inOneSession(mode, work, () => deadlinePassed);
        } catch (error) {
          const budget = isUnavailable(error) ? unavailableBudget : transientBudget;
          const delay = retryDelay(attempt);
          if (deadlinePassed || !neo4j.isRetryableError(error) || Date.now() - started + delay > budget) {
            throw this.translate(error, mode);
          }
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    };
    const deadlineMs = timeout + DEADLINE_GRACE_MS;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        deadlinePassed = true;
        reject(
          new AppError(
            ErrorCode.DATABASE_UNAVAILABLE,
            `Neo4j at ${this.connection.uri} did not answer within ${deadlineMs} ms.`,
            { uri: this.connection.uri },
          ),
        );
      }, deadlineMs);
      timer.unref();
    });
    const running = attempts();
    running.catch(() => undefined); // settled after the deadline: nobody is waiting for it any more
    try {
      return await Promise.race([running, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async inOneSession<T>(
    mode: 'read' | 'write',
    work: (session: Session) => Promise<T>,
    abandoned: () => boolean,
  ): Promise<T> {
    // READ sessions go to followers (read replicas) and WRITE ones to the leader on a neo4j:// URI;
    // on bolt:// (one server) both go to that server.
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await work(session);
    } finally {
      // Closing waits for the transaction; once the deadline has answered the caller, nobody waits.
      if (abandoned()) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  /** Runs a statement inside a transaction, counting and logging it. */
  async run<T extends Row = Row>(
    tx: Pick<ManagedTransaction, 'run'>,
    statement: string,
    params: Params = {},
  ): Promise<T[]> {
    this.options.onQuery?.(statement);
    this.logger.debug({ cypher: statement, params }, 'cypher');
    let result: QueryResult<RecordShape>;
    try {
      result = await withoutCallSite(() => tx.run(statement, params));
    } catch (error) {
      throw brokenConnection(error);
    }
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Timeout of a read transaction and how long opening one retries an unreachable server. */
  get readLimits(): {
    readonly timeoutMs: number;
    readonly unavailableRetryMs: number;
    readonly graceMs: number;
  } {
    const timeoutMs = this.timeoutOf('read');
    return {
      timeoutMs,
      unavailableRetryMs: Math.min(this.options.maxRetryTimeMs ?? DEFAULT_RETRY_MS, timeoutMs),
      graceMs: DEADLINE_GRACE_MS,
    };
  }

  /** Reports a transaction about to begin to the onTransaction hook (tests count them). */
  noteTransaction(metadata: TransactionMetadata, kind: TransactionKind = 'explicit'): void {
    this.options.onTransaction?.(metadata, kind);
  }

  private timeoutOf(mode: 'read' | 'write'): number {
    return mode === 'write'
      ? (this.options.writeTimeoutMs ?? this.options.queryTimeoutMs)
      : this.options.queryTimeoutMs;
  }

  private transactionConfig(tag: string, mode: 'read' | 'write') {
    const metadata: TransactionMetadata = { app: 'newsgraph', tag };
    this.noteTransaction(metadata);
    return { timeout: this.timeoutOf(mode), metadata };
  }

  /** Driver errors become AppErrors with a code the CLI and the API know how to present. */
  translate(error: unknown, mode: 'read' | 'write' = 'read'): Error {
    if (isAppError(error)) return error;
    const code = (error as { code?: string }).code ?? '';
    const message = (error as Error).message ?? String(error);
    if (isUnavailable(error) || /ECONNREFUSED|Failed to connect/.test(message)) {
      return new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        `Neo4j is not reachable at ${this.connection.uri}. Is it running? (${firstLine(message)})`,
        { uri: this.connection.uri },
        { cause: error },
      );
    }
    if (code.startsWith('Neo.ClientError.Security')) {
      return new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        `Neo4j at ${this.connection.uri} refused user "${this.connection.user}": check NEO4J_USER and NEO4J_PASSWORD ` +
          `(${firstLine(message)})`,
        { uri: this.connection.uri },
        { cause: error },
      );
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new AppError(
        ErrorCode.QUERY_TIMEOUT,
        mode === 'read'
          ? `The query took longer than ${this.timeoutOf('read')} ms (NEWSGRAPH_QUERY_TIMEOUT_MS) and was stopped.`
          : `The write took longer than ${this.timeoutOf('write')} ms (NEWSGRAPH_WRITE_TIMEOUT_MS) and was rolled back.`,
        {},
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new AppError(
        ErrorCode.CONFIG_INVALID,
        `Neo4j at ${this.connection.uri} has no database "${this.connection.database}" (NEO4J_DATABASE).`,
        {},
        { cause: error },
      );
    }
    return error instanceof Error ? error : new Error(message);
  }
}

/**
 * Neo4j away: the driver cannot reach it (ServiceUnavailable, SessionExpired), or it answers but its
 * database is not serving (DatabaseUnavailable: a server starting, or stopping after SIGTERM).
 */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/**
 * What a statement's failure inside the driver means. Neo4j's own errors pass as they are. Anything else
 * the driver threw is its connection breaking under the transaction: with statements in flight when Neo4j
 * dies, neo4j-driver 6 can fail them with its own TypeError ("Cannot read properties of undefined
 * (reading 'onCompleted')", seen by the outage test under load). Neo4j is gone for that request either
 * way, so it is ServiceUnavailable (HTTP 503 with Retry-After), not an internal error.
 */
export function brokenConnection(error: unknown): unknown {
  if (error instanceof Neo4jError || isAppError(error)) return error;
  const message = (error as Error | undefined)?.message ?? String(error);
  return new Neo4jError(
    `the connection to Neo4j broke under the statement: ${message}`,
    'ServiceUnavailable',
    '08000',
    'connection exception',
    undefined,
    error instanceof Error ? error : undefined,
  );
}

/**
 * The driver records its caller's stack for every statement it sends (a new Error with its stack
 * formatted, to put on a later failure): about 5% of the API server's CPU per request in bench:api's
 * profiles. Our errors say which statement failed without it, so the stack trace limit is 0 while the
 * driver builds its result, which it does synchronously.
 */
function withoutCallSite<T>(send: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return send();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function isUnavailable(error: unknown): boolean {
  return UNAVAILABLE_CODES.has((error as { code?: string }).code ?? '');
}

/** 200 ms, doubling, at most 2 s, ±20 % so that concurrent callers do not retry in step. */
export function retryDelay(attempt: number): number {
  return Math.min(200 * 2 ** attempt, 2_000) * (0.8 + Math.random() * 0.4);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
