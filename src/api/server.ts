/**
 * The GraphQL server: Apollo Server 5 on Fastify (src/api/http). startApiServer listens on
 * NEWSGRAPH_HOST:NEWSGRAPH_PORT; tests pass port 0 and read the URL back. The pages beside the API
 * (src/explore) come in as plain data from the caller: api does not import explore.
 */
import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { GraphDatabase } from '../graph/database';
import { GraphReader } from '../graph/read';
import type { Logger } from '../logger';
import { type ArticleWriter, graphArticleWriter } from './article/article-writer';
import { type ApiContext, createContext } from './context';
import { createFormatError, databaseOutagePlugin } from './format-error';
import type { Pages } from '../pages';
import { createHttpApp } from './http/app';
import { drainHttpServerPlugin, type HttpDrain, trackHttpConnections } from './http/drain';
import { GRAPHQL_PATH } from './http/graphql-route';
import { landingPagePlugin } from './landing';
import { sameOriginMutationsPlugin } from './http/same-origin';
import { MAX_TOKENS } from './limits/limits';
import { documentSizeRule, limitsPlugin } from './limits/limits.plugin';
import { buildApiSchema } from './schema';

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
      limitsPlugin({ maxResponseBytes: config.api.maxResponseBytes }),
      databaseOutagePlugin(config.neo4j.retryMs / 1000),
      sameOriginMutationsPlugin(),
      landingPagePlugin(config, options.pages?.landing),
      // A request in flight gets STOP_GRACE_PERIOD_MS to finish on close; idle connections close at once.
      drainHttpServerPlugin({ stop: () => drain?.stop() ?? Promise.resolve() }),
    ],
  });
  await apollo.start();
  const deps = {
    config,
    reader: new GraphReader(database),
    writer: options.writer ?? graphArticleWriter(database),
    logger,
    apiKey: options.apiKey,
  };
  try {
    app = await createHttpApp({
      apollo,
      database,
      logger,
      ...(options.pages === undefined ? {} : { pages: options.pages }),
      serving: () => ({ graphqlUrl: url }),
      context: async (request) => createContext(deps, request),
    });
    drain = trackHttpConnections(app.server, STOP_GRACE_PERIOD_MS);
    await app.listen({ port: options.port ?? config.api.port, host });
  } catch (error) {
    await apollo.stop();
    await app?.close();
    throw error;
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
      // Apollo drains the HTTP server first (drainHttpServerPlugin), then Fastify runs its onClose hooks.
      closing ??= apollo.stop().then(() => app?.close());
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
