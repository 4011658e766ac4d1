/**
 * All Neo4j access goes through GraphDatabase: managed transactions (executeRead/executeWrite, which retry
 * transient errors), a timeout and a tag on every transaction, Cypher logged with its parameters at debug
 * level, records turned into plain objects, and driver errors turned into AppErrors that name the URI.
 */
import neo4j, {
  type Driver,
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
   * How long managed transactions retry transient errors and an unreachable server (default 15 s). A
   * server answering people (the API) wants it shorter, so a Neo4j outage is reported in seconds.
   */
  readonly maxRetryTimeMs?: number;
  readonly logger?: Logger;
  /** Called once per Cypher statement sent: tests count round trips with it. */
  readonly onQuery?: (statement: string) => void;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export const USER_AGENT = `newsgraph/${process.env.npm_package_version ?? '0.1.0'}`;

export class GraphDatabase {
  private readonly logger: Logger;

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
      connectionTimeout: 5_000,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 15_000,
      logging: {
        level: 'warn',
        logger: (level, message) => options.logger?.[level === 'error' ? 'error' : 'warn'](message),
      },
    });
    return new GraphDatabase(driver, { uri: info.uri, user: info.user, database: info.database }, options);
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
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(work, this.transactionConfig(tag, 'read'));
    } catch (error) {
      throw this.translate(error, 'read');
    } finally {
      await session.close();
    }
  }

  /** Managed write transaction: retried by the driver on transient errors (deadlocks, leader changes). */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, tag = 'write'): Promise<T> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work, this.transactionConfig(tag, 'write'));
    } catch (error) {
      throw this.translate(error, 'write');
    } finally {
      await session.close();
    }
  }

  /** Runs a statement inside a transaction, counting and logging it. */
  async run<T extends Row = Row>(
    tx: ManagedTransaction,
    statement: string,
    params: Params = {},
  ): Promise<T[]> {
    this.options.onQuery?.(statement);
    this.logger.debug({ cypher: statement, params }, 'cypher');
    const result: QueryResult<RecordShape> = await tx.run(statement, params);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private timeoutOf(mode: 'read' | 'write'): number {
    return mode === 'write'
      ? (this.options.writeTimeoutMs ?? this.options.queryTimeoutMs)
      : this.options.queryTimeoutMs;
  }

  private transactionConfig(tag: string, mode: 'read' | 'write') {
    return { timeout: this.timeoutOf(mode), metadata: { app: 'newsgraph', tag } };
  }

  /** Driver errors become AppErrors with a code the CLI and the API know how to present. */
  translate(error: unknown, mode: 'read' | 'write' = 'read'): Error {
    if (isAppError(error)) return error;
    const code = (error as { code?: string }).code ?? '';
    const message = (error as Error).message ?? String(error);
    if (
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      /ECONNREFUSED|Failed to connect/.test(message)
    ) {
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

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
