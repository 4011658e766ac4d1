/** A real API server on an ephemeral loopback port, for the e2e tests. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { GraphQLClient } from 'graphql-request';
import { loadConfig, type Config } from '../../../src/config';
import type { GraphDatabase } from '../../../src/graph/database';
import type { Logger } from '../../../src/logger';
import {
  GRAPHQL_PATH,
  startApiServer,
  type ApiServerOptions,
  type RunningApiServer,
} from '../../../src/api/server';
import { explorePages } from '../../../src/explore/pages';

export interface TestApi extends RunningApiServer {
  readonly baseUrl: string;
  readonly config: Config;
  /** Every log line the server wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  client(headers?: Record<string, string>): GraphQLClient;
}

export async function startTestApi(
  database: GraphDatabase,
  options: { apiKey?: string | null; env?: Record<string, string> } & Partial<ApiServerOptions> = {},
): Promise<TestApi> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = pino(
    { level: 'info', base: undefined },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n'))
          if (line.trim() !== '') logs.push(JSON.parse(line));
        done();
      },
    }),
  );
  const server = await startApiServer({
    config,
    database,
    logger,
    apiKey: options.apiKey === undefined ? null : options.apiKey,
    host: '127.0.0.1',
    port: options.port ?? 0,
    ...(options.writer ? { writer: options.writer } : {}),
    ...(options.coreNlpUrls ? { coreNlpUrls: options.coreNlpUrls } : {}),
    // As the CLI wires them (src/cli/commands/serve.ts): the explore pages beside the API.
    pages: explorePages({ config, graphqlPath: GRAPHQL_PATH }),
  });
  return {
    ...server,
    baseUrl: server.url.replace(/\/graphql$/, ''),
    config,
    logs,
    client: (headers = {}) => new GraphQLClient(server.url, { headers }),
  };
}

/** The errors of a failed graphql-request call (it throws ClientError with the response attached). */
export async function errorsOf(
  promise: Promise<unknown>,
): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
  try {
    await promise;
  } catch (error) {
    const response = (
      error as { response?: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }
    ).response;
    if (response?.errors) return response.errors;
    throw error;
  }
  throw new Error('expected the request to fail');
}

export function codesOf(errors: { extensions?: Record<string, unknown> }[]): unknown[] {
  return errors.map((error) => error.extensions?.code);
}

/**
 * The id of the entity whose name or alias contains `fragment` (the most mentioned, when several):
 * tests find entities the way a client would, not by ids the extractor happens to choose.
 */
export async function entityIdNamed(api: TestApi, fragment: string, type?: string): Promise<string> {
  const data = await api
    .client()
    .request<{ entities: { edges: { node: { id: string } }[] } }>(
      `query ($where: EntityWhere) { entities(where: $where, orderBy: MENTION_COUNT_DESC, first: 1) { edges { node { id } } } }`,
      { where: { nameContains: fragment, ...(type ? { type } : {}) } },
    );
  const id = data.entities.edges[0]?.node.id;
  if (id === undefined) throw new Error(`no entity named like "${fragment}" in the test graph`);
  return id;
}
