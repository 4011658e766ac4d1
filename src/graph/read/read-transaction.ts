/**
 * Where GraphReader sends its statements. The API gives each request one SharedReadTransaction: every
 * statement of the request (loaders, services, compiled selections) runs in one read transaction, opened on
 * the first read and closed when the response is sent. Elsewhere (tools, tests) OwnTransactions runs each
 * statement in its own managed transaction.
 *
 * A request expected to send one statement (expectSingleStatement: readTransactionPlugin knows which
 * operations did) runs it as an auto-commit transaction: RUN and PULL in one message to the server instead
 * of BEGIN, RUN and PULL, COMMIT in three, each a write on the socket and a round trip (bench:api: about
 * a quarter of the server's CPU per request on a page of entities). Same timeout, metadata, deadline and
 * retries. Should a second statement come after all, it and any later ones run in one explicit transaction
 * and `mispredicted` says so (the plugin then stops expecting one statement of that operation).
 */
import neo4j, { type Session, type Transaction } from 'neo4j-driver';
import { AppError, ErrorCode } from '../../errors';
import {
  type GraphDatabase,
  isUnavailable,
  type Params,
  retryDelay,
  type Row,
  type TransactionKind,
  type TransactionMetadata,
} from '../database';

export interface ReadRunner {
  read<T extends Row = Row>(statement: string, params: Params): Promise<T[]>;
}

/** Each statement in its own managed transaction, tagged `tag`. */
export class OwnTransactions implements ReadRunner {
  constructor(
    private readonly db: GraphDatabase,
    private readonly tag = 'api',
  ) {}

  read<T extends Row = Row>(statement: string, params: Params): Promise<T[]> {
    return this.db.read<T>(statement, params, this.tag);
  }
}

interface Open {
  readonly session: Session;
  readonly transaction: Transaction;
  /** When the transaction's own deadline passes: its timeout plus a grace for the server to say why. */
  readonly deadline: number;
}

/**
 * One read transaction shared by the statements of one request. Opening it retries an unreachable server
 * for NEWSGRAPH_DB_RETRY_MS, as managed transactions do; once open, a statement that fails fails the
 * transaction, and every later statement gets the same error (never a second, confusing one). Every
 * statement settles by the transaction's deadline, so a frozen server cannot hold the request.
 */
export class SharedReadTransaction implements ReadRunner {
  private opening: Promise<Open> | null = null;
  private failure: Error | null = null;
  private closed = false;
  private singleStatement = false;
  private statements = 0;

  constructor(
    private readonly db: GraphDatabase,
    private metadata: Readonly<Record<string, string>>,
  ) {}

  /** Adds to the metadata the transaction will carry (the operation's name, known once it is parsed). */
  describe(metadata: Readonly<Record<string, string>>): void {
    this.metadata = { ...this.metadata, ...metadata };
  }

  /** Whether a transaction was opened (a request that read nothing opens none). */
  get opened(): boolean {
    return this.opening !== null || this.statements > 0;
  }

  /** The statements sent so far. */
  get statementCount(): number {
    return this.statements;
  }

  /** Whether the request was expected to send one statement and sent more. */
  get mispredicted(): boolean {
    return this.singleStatement && this.statements > 1;
  }

  /** The request should send one statement: the first read runs as an auto-commit transaction. */
  expectSingleStatement(): void {
    if (this.statements === 0) this.singleStatement = true;
  }

  async read<T extends Row = Row>(statement: string, params: Params): Promise<T[]> {
    if (this.closed) throw new Error('the request has ended: its read transaction is closed');
    if (this.failure !== null) throw this.failure;
    this.statements += 1;
    if (this.singleStatement && this.statements === 1) return this.autoCommit<T>(statement, params);
    this.opening ??= this.open();
    const open = await this.opening;
    try {
      return await withDeadline(this.db.run<T>(open.transaction, statement, params), open.deadline, () =>
        this.deadlineError(),
      );
    } catch (error) {
      this.failure ??= this.db.translate(error, 'read');
      throw this.failure;
    }
  }

  /** Ends the transaction (commit: it wrote nothing) and its session; safe to call more than once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.opening === null) return;
    let open: Open;
    try {
      open = await this.opening;
    } catch {
      return; // never opened: nothing to close
    }
    try {
      if (open.transaction.isOpen()) {
        // The response waits for this, so it is bounded too: a server that stopped answering (shutting
        // down, or gone with the connection still open) would otherwise hold an answered request's
        // response until the connection drops (a 503 seen 15.3 s after its request, 3 s past its deadline).
        const ending = this.failure === null ? open.transaction.commit() : open.transaction.rollback();
        await withDeadline(ending, Math.min(open.deadline, Date.now() + CLOSE_BOUND_MS), () =>
          this.deadlineError(),
        );
      }
    } catch {
      // The request is answered; a transaction the server already ended has nothing left to give back.
    } finally {
      open.session.close().catch(() => undefined);
    }
  }

  /**
   * The one statement of the request in an auto-commit read transaction, with the explicit transaction's
   * timeout, metadata, deadline and retries.
   */
  private autoCommit<T extends Row>(statement: string, params: Params): Promise<T[]> {
    return this.onReadSession('auto-commit', false, (session, config, deadline) =>
      withDeadline(
        this.db.run<T>({ run: (text, values) => session.run(text, values, config) }, statement, params),
        deadline,
        () => this.deadlineError(),
      ),
    );
  }

  private open(): Promise<Open> {
    return this.onReadSession('explicit', true, async (session, config, deadline) => ({
      session,
      transaction: await withDeadline(session.beginTransaction(config), deadline, () => this.deadlineError()),
      deadline,
    }));
  }

  /**
   * `work` on a new read session with the transaction's config (timeout, metadata) and deadline, retrying
   * an unreachable server for NEWSGRAPH_DB_RETRY_MS as managed transactions do. The session is closed after
   * a failure, and after success unless `keepSession` (the explicit transaction lives on in it).
   */
  private async onReadSession<R>(
    kind: TransactionKind,
    keepSession: boolean,
    work: (
      session: Session,
      config: { timeout: number; metadata: TransactionMetadata },
      deadline: number,
    ) => Promise<R>,
  ): Promise<R> {
    const { timeoutMs, unavailableRetryMs, graceMs } = this.db.readLimits;
    const metadata: TransactionMetadata = { ...this.metadata, app: 'newsgraph', tag: 'api' };
    const started = Date.now();
    const deadline = started + timeoutMs + graceMs;
    for (let attempt = 0; ; attempt += 1) {
      const session = this.db.driver.session({
        database: this.db.connection.database,
        defaultAccessMode: neo4j.session.READ,
      });
      let result: R;
      try {
        this.db.noteTransaction(metadata, kind);
        result = await work(session, { timeout: timeoutMs, metadata }, deadline);
      } catch (error) {
        session.close().catch(() => undefined);
        const delay = retryDelay(attempt);
        if (!isUnavailable(error) || Date.now() - started + delay > unavailableRetryMs) {
          this.failure ??= this.db.translate(error, 'read');
          throw this.failure;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      if (!keepSession) session.close().catch(() => undefined);
      return result;
    }
  }

  private deadlineError(): AppError {
    const { uri } = this.db.connection;
    return new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j at ${uri} did not answer in time.`, { uri });
  }
}

/** How long the response waits for a read transaction's commit or rollback (normally about 1 ms). */
const CLOSE_BOUND_MS = 1_000;

async function withDeadline<T>(work: Promise<T>, deadline: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), Math.max(0, deadline - Date.now()));
    timer.unref();
  });
  work.catch(() => undefined); // settled after the deadline: nobody is waiting for it any more
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
