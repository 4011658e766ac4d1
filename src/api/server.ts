/**
 * The GraphQL server: Apollo Server 5 on Fastify (src/api/http). startApiServer listens on
 * NEWSGRAPH_HOST:NEWSGRAPH_PORT; tests pass port 0 and read the URL back. The pages beside the API
 * (src/explore) come in as plain data from the caller: api does not import explore.
 */
import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import type { GraphDatabase } from '../graph/database';
import { graphFactTypes } from '../graph/read/fact-types';
import type { Logger } from '../logger';
import { type ArticleWriter, graphArticleWriter } from './article/article-writer';
import { type ApiContext, createContext } from './context';
import { createFormatError, databaseOutagePlugin, requestIdPlugin } from './format-error';
import type { Pages } from '../pages';
import { createHttpApp } from './http/app';
import { drainHttpServerPlugin, type HttpDrain, trackHttpConnections } from './http/drain';
import { GRAPHQL_PATH } from './http/graphql-route';
import { noStorePlugin } from './http/no-store.plugin';
import { landingPagePlugin } from './landing';
import { readTransactionPlugin } from './read-transaction.plugin';
import { sameOriginMutationsPlugin } from './http/same-origin';
import { MAX_TOKENS } from './limits/limits';
import { documentSizeRule, limitsPlugin } from './limits/limits.plugin';
import { buildApiSchema } from './schema';
import { subscriptionsOverHttpPlugin } from './subscriptions/http-refusal.plugin';
import { publishingArticleWriter } from './subscriptions/publishing-writer';
import type { SubscriptionContext } from './subscriptions/subscription-context';
import { type SubscriptionServer, startSubscriptionServer } from './subscriptions/websocket';
import { articleRelationKeys } from '../graph/article-relation-keys';
import { createMemoryEventBus } from '../events/memory-event-bus';
import type { IngestEventBus, IngestEvents } from '../events/ingest-events';

export { buildApiSchema, printApiSchema } from './schema';
export { GRAPHQL_PATH } from './http/graphql-route';

export interface ApiServerOptions {
  readonly config: Config;
  readonly database: GraphDatabase;
  readonly logger: Logger;
  /** null: mutations are refused (UNAUTHENTICATED, saying NEWSGRAPH_API_KEY is not set). */
  readonly apiKey: string | null;
  /** Defaults to config.api.host / config.api.port; 0 picks a free port. */
  readonly host?: string;
  readonly port?: number;
  /** Defaults to the graph writer (src/graph/ingest.ts). */
  readonly writer?: ArticleWriter;
  /** Pages served beside the API (src/explore/pages.ts), with CORS where they say so. */
  readonly pages?: Pages;
  /**
   * Where ingest events are published and subscriptions read them. Default: a bus in this process,
   * closed with the server (a bus across processes, e.g. Redis, is the caller's to close).
   */
  readonly events?: IngestEventBus;
  /** The CoreNLP servers ingestArticle reads with, for /readyz (none with the fast analyzer). */
  readonly coreNlpUrls?: readonly string[];
}

export interface RunningApiServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  close(): Promise<void>;
}

/** How long a request in flight may take to finish once the server is closing. */
export const STOP_GRACE_PERIOD_MS = 5_000;

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const { config, database, logger } = options;
  const host = options.host ?? config.api.host;
  let url = '';
  let app: FastifyInstance | undefined;
  let drain: HttpDrain | undefined;
  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    introspection: config.api.introspection,
    includeStacktraceInErrorResponses: false,
    // Apollo would re-raise SIGINT/SIGTERM after stopping and kill the process before `npm start` has
    // stopped the Neo4j it started: shutdown is the caller's job (see src/cli/commands/start.ts).
    stopOnTerminationSignals: false,
    // Refuses the "simple" requests any page may send cross-site without a preflight (text/plain, form
    // posts); sameOriginMutationsPlugin refuses mutations from pages of another origin.
    csrfPrevention: true,
    // Without introspection, "Did you mean …?" suggestions would leak the schema piece by piece.
    hideSchemaDetailsFromClientErrors: !config.api.introspection,
    formatError: createFormatError(logger),
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [documentSizeRule],
    logger: apolloLogger(logger),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      requestIdPlugin(),
      noStorePlugin(),
      readTransactionPlugin(),
      limitsPlugin({ maxResponseBytes: config.api.maxResponseBytes }),
      databaseOutagePlugin(config.neo4j.retryMs / 1000),
      sameOriginMutationsPlugin(),
      subscriptionsOverHttpPlugin(),
      landingPagePlugin(config, options.pages?.landing),
      // A request in flight gets STOP_GRACE_PERIOD_MS to finish on close; idle connections close at once.
      drainHttpServerPlugin({ stop: () => drain?.stop() ?? Promise.resolve() }),
    ],
  });
  await apollo.start();
  const events = options.events ?? createMemoryEventBus<IngestEvents>();
  const deps = {
    config,
    database,
    // Subscribers hear of every article the mutations write, once its transaction has committed.
    writer: publishingArticleWriter(options.writer ?? graphArticleWriter(database), {
      events,
      relationKeys: (articleId) => articleRelationKeys(database, articleId),
      logger,
    }),
    logger,
    apiKey: options.apiKey,
    factTypes: graphFactTypes(database, (error) =>
      logger.warn(
        { err: error },
        'could not read the predicates in use: relations are expanded without types',
      ),
    ),
  };
  deps.factTypes.current(); // the first read, in the background: requests before it ends expand untyped
  const subscriptionContext = (request: { requestId: string; authorization: string | undefined }) => {
    const context: SubscriptionContext = {
      ...createContext(deps, request),
      events,
      renew: () => subscriptionContext(request),
    };
    return context;
  };
  let subscriptions: SubscriptionServer | undefined;
  try {
    app = await createHttpApp({
      apollo,
      database,
      logger,
      ...(options.pages === undefined ? {} : { pages: options.pages }),
      ...(options.coreNlpUrls === undefined ? {} : { nlp: { coreNlpUrls: options.coreNlpUrls } }),
      serving: () => ({ graphqlUrl: url }),
      context: async (request) => createContext(deps, request),
    });
    drain = trackHttpConnections(app.server, STOP_GRACE_PERIOD_MS);
    subscriptions = startSubscriptionServer({
      httpServer: app.server,
      path: GRAPHQL_PATH,
      schema: buildApiSchema(),
      logger,
      maxResponseBytes: config.api.maxResponseBytes,
      hideSchemaDetails: !config.api.introspection,
      formatError: createFormatError(logger),
      context: subscriptionContext,
    });
    await app.listen({ port: options.port ?? config.api.port, host });
  } catch (error) {
    await subscriptions?.dispose();
    if (options.events === undefined) await events.close();
    await apollo.stop();
    await app?.close();
    throw listenError(error, host, options.port ?? config.api.port);
  }
  const httpServer = app.server;
  const { port } = httpServer.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`;
  logger.info(
    { url, introspection: config.api.introspection, mutations: options.apiKey !== null },
    'GraphQL API listening',
  );
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    httpServer,
    close: () => {
      // Subscriptions end first (close code 1001), then Apollo drains the HTTP server
      // (drainHttpServerPlugin), then Fastify runs its onClose hooks.
      closing ??= (async () => {
        await subscriptions?.dispose();
        if (options.events === undefined) await events.close();
        await apollo.stop();
        await app?.close();
      })();
      return closing;
    },
  };
}

/** A port in use or not ours to take says so, and which setting chooses another. */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') return error;
  const why =
    code === 'EADDRINUSE'
      ? 'another process listens there'
      : code === 'EACCES'
        ? 'this user may not listen there'
        : 'that address is not one of this machine';
  return new AppError(
    ErrorCode.CONFIG_INVALID,
    `Cannot serve the API on ${host}:${port}: ${why}. Choose another port with NEWSGRAPH_PORT (or host with NEWSGRAPH_HOST).`,
    { host, port, code },
    { cause: error },
  );
}

function apolloLogger(logger: Logger) {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message: string) => child.debug(message),
    info: (message: string) => child.info(message),
    warn: (message: string) => child.warn(message),
    error: (message: string) => child.error(message),
  };
}
