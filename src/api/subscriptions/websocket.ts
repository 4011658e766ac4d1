/**
 * GraphQL subscriptions over graphql-ws (the graphql-transport-ws protocol) on the API's own port and path
 * (ws://host:port/graphql), next to Apollo's HTTP. graphql-ws's makeServer on a `ws` server, wired here
 * rather than through its ws helper so that failures go to our logger. Every subscription is held to the
 * limits HTTP requests are (tokens, document size, depth, cost; errors with the same codes), the
 * WebSocket carries subscriptions only (queries and mutations keep HTTP and its checks), a page of another
 * origin cannot open one, and each event is executed with a fresh context (fresh-context-subscribe.ts).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode, handleProtocols, makeServer, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../logger';
import { ApiError, ApiErrorCode, QueryLimitError } from '../errors';
import { isForeignOrigin } from '../http/same-origin';
import { MAX_BODY_BYTES, MAX_TOKENS } from '../limits/limits';
import { checkComplexity, documentSizeRule } from '../limits/limits.plugin';
import { noteRequestId } from '../format-error';
import { subscribeWithFreshContexts } from './fresh-context-subscribe';
import type { SubscriptionContext } from './subscription-context';

/** Enough for a dashboard; a client that opens more is refused, so one socket cannot hold the bus. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
const KEEP_ALIVE_MS = 12_000;

export interface SubscriptionServerOptions {
  readonly httpServer: Server;
  readonly path: string;
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  readonly maxResponseBytes: number;
  /** Apollo's hideSchemaDetailsFromClientErrors: no "Did you mean …?" when introspection is off. */
  readonly hideSchemaDetails: boolean;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** A context for one event (or the subscribe call): fresh services each time. */
  readonly context: (request: {
    requestId: string;
    authorization: string | undefined;
  }) => SubscriptionContext;
}

export interface SubscriptionServer {
  /** Ends every subscription (close code 1001) and stops accepting WebSocket upgrades. */
  dispose(): Promise<void>;
}

interface Extra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
  /** subscription id -> request id, for formatting its errors. */
  readonly requestIds: Map<string, string>;
}

export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { logger } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: MAX_BODY_BYTES,
    handleProtocols: (protocols) => handleProtocols(protocols),
    // A page of another origin must not read subscriptions (WebSocket has no CORS): as for mutations over
    // HTTP, a browser's Origin must be this server's own; clients that are not browsers send none.
    verifyClient: ({ req }, done) => {
      if (isForeignOrigin(req.headers.origin, req.headers.host)) done(false, 403, 'Forbidden origin');
      else done(true);
    },
  });
  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    schema: options.schema,
    onSubscribe: (ctx, id, payload) =>
      prepare(options, ctx.extra, ctx.connectionParams, id, payload, Object.keys(ctx.subscriptions).length),
    subscribe: (args) => subscribeWithFreshContexts(args, options.maxResponseBytes),
    onError: (ctx, id, _payload, errors) => {
      // An error ends the operation: its request id is needed one last time.
      const requestId = ctx.extra.requestIds.get(id);
      ctx.extra.requestIds.delete(id);
      return formatAll(options, requestId, errors);
    },
    onNext: (ctx, id, _payload, _args, result) =>
      result.errors === undefined
        ? undefined
        : { ...result, errors: formatAll(options, ctx.extra.requestIds.get(id), result.errors) },
    onComplete: (ctx, id) => void ctx.extra.requestIds.delete(id),
  });
  wsServer.on('error', (error) => logger.error({ err: error }, 'WebSocket server error'));
  wsServer.on('connection', (socket, request) => {
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => {
              logger.error({ err: error }, 'failed to handle a graphql-ws message');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request, requestIds: new Map() },
    );
    // A peer that stops answering pings (gone without closing) is cut, with its subscriptions.
    let answered = true;
    socket.on('pong', () => (answered = true));
    const keepAlive = setInterval(() => {
      if (!answered) return void socket.terminate();
      answered = false;
      if (socket.readyState === socket.OPEN) socket.ping();
    }, KEEP_ALIVE_MS);
    socket.on('error', (error) => logger.warn({ err: error }, 'WebSocket connection error'));
    socket.once('close', (code, reason) => {
      clearInterval(keepAlive);
      void closed(code, String(reason));
    });
  });
  return {
    dispose: async () => {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      for (const client of wsServer.clients) client.terminate();
    },
  };
}

/** onSubscribe: the same limits as over HTTP, then the execution arguments with a fresh context. */
function prepare(
  options: SubscriptionServerOptions,
  extra: Extra,
  connectionParams: Record<string, unknown> | undefined,
  id: string,
  payload: SubscribePayload,
  /** Operations open on the connection, this one included (graphql-ws's own count). */
  open: number,
): ExecutionArgs | readonly GraphQLError[] {
  const requestId = randomUUID();
  extra.requestIds.set(id, requestId);
  if (open > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
    return [
      new ApiError(
        `One connection may hold ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions; complete one first.`,
        ApiErrorCode.BAD_REQUEST,
      ),
    ];
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return [new ApiError((error as Error).message, ApiErrorCode.GRAPHQL_PARSE_FAILED)];
  }
  const invalid = validate(options.schema, document, [...specifiedRules, documentSizeRule]);
  if (invalid.length > 0) return invalid.map((error) => validationError(error, options.hideSchemaDetails));
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (operation === null || operation === undefined) {
    return [
      new ApiError(
        'No operation to run: name one with operationName.',
        ApiErrorCode.OPERATION_RESOLUTION_FAILURE,
      ),
    ];
  }
  if (operation.operation !== 'subscription') {
    return [
      new ApiError(
        `The WebSocket carries subscriptions only; send ${operation.operation === 'query' ? 'queries' : 'mutations'} ` +
          'over HTTP (POST /graphql).',
        ApiErrorCode.BAD_REQUEST,
      ),
    ];
  }
  try {
    checkComplexity(options.schema, document, payload.operationName, payload.variables);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return {
    schema: options.schema,
    document,
    operationName: payload.operationName ?? null,
    variableValues: payload.variables ?? null,
    contextValue: options.context({ requestId, authorization: authorizationOf(extra, connectionParams) }),
  };
}

/** Validation errors keep a limit's own code; others get Apollo's GRAPHQL_VALIDATION_FAILED. */
function validationError(error: GraphQLError, hideSchemaDetails: boolean): GraphQLError {
  if (error instanceof QueryLimitError) return error;
  const message = hideSchemaDetails ? error.message.replace(/ ?Did you mean(.+)\?$/, '') : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes ?? null,
    extensions: { code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED },
  });
}

/** The key may come as connection params ({ authorization: "Bearer …" }) or on the upgrade request. */
function authorizationOf(
  extra: Extra,
  connectionParams: Record<string, unknown> | undefined,
): string | undefined {
  const given = connectionParams?.authorization ?? connectionParams?.Authorization;
  return typeof given === 'string' ? given : extra.request.headers.authorization;
}

function formatAll(
  options: SubscriptionServerOptions,
  requestId: string | undefined,
  errors: readonly GraphQLError[],
): GraphQLFormattedError[] {
  noteRequestId(errors, requestId ?? 'none');
  return errors.map((error) => options.formatError(error.toJSON(), error));
}
