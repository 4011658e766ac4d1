/**
 * The GraphQL server: Apollo Server 5 on node:http (src/api/http). startApiServer listens on
 * NEWSGRAPH_HOST:NEWSGRAPH_PORT; tests pass port 0 and read the URL back.
 */
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { Config } from '../config';
import type { GraphDatabase } from '../graph/database';
import type { Logger } from '../logger';
import { type ArticleWriter, graphArticleWriter } from './article/article-writer';
import { type ApiContext, createContext } from './context';
import { createFormatError, databaseOutagePlugin } from './format-error';
import { createRequestHandler, GRAPHQL_PATH, type Route } from './http/handler';
import { drainHttpServerPlugin, trackHttpConnections } from './http/drain';
import { landingPagePlugin } from './landing';
import { readTransactionPlugin } from './read-transaction.plugin';
import { sameOriginMutationsPlugin } from './http/same-origin';
import { exploreRoutes } from '../explore/routes';
import { MAX_TOKENS } from './limits/limits';
import { documentSizeRule, limitsPlugin } from './limits/limits.plugin';
import { buildApiSchema } from './schema';

export { buildApiSchema, printApiSchema } from './schema';

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
  readonly extraRoutes?: readonly Route[];
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
  const httpServer = createServer();
  // A request in flight gets this long to finish on close; idle connections are closed at once.
  const drain = trackHttpConnections(httpServer, STOP_GRACE_PERIOD_MS);
  const host = options.host ?? config.api.host;
  let url = '';
  const routes = [
    ...exploreRoutes({ config, graphqlPath: GRAPHQL_PATH, graphqlUrl: () => url }),
    ...(options.extraRoutes ?? []),
  ];
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
      readTransactionPlugin(),
      limitsPlugin({ maxResponseBytes: config.api.maxResponseBytes }),
      databaseOutagePlugin(config.neo4j.retryMs / 1000),
      sameOriginMutationsPlugin(),
      landingPagePlugin(config),
      drainHttpServerPlugin(drain),
    ],
  });
  await apollo.start();
  const deps = {
    config,
    database,
    writer: options.writer ?? graphArticleWriter(database),
    logger,
    apiKey: options.apiKey,
  };
  httpServer.on(
    'request',
    createRequestHandler({
      apollo,
      database,
      logger,
      extraRoutes: routes,
      context: async (request) => createContext(deps, request),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? config.api.port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
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
      closing ??= apollo.stop();
      return closing;
    },
  };
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
