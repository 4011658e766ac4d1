/**
 * Stopping the HTTP server without waiting on idle clients. Apollo's drain plugin ends an idle socket
 * with a FIN and waits for the client to hang up, which a browser does only when it next looks at its
 * pool: Chromium keeps spare connections it opened ahead of need (and never sent a request on) for
 * up to 10 s, so closing took the whole grace period and a test's 5 s teardown failed (issue 16).
 * Here a socket with no request in flight is destroyed at once; a request in flight gets its answer,
 * with `connection: close`, for up to the grace period; then whatever is left is destroyed.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';

export interface HttpDrain {
  /** Stops accepting connections and resolves once every socket is closed. */
  stop(): Promise<void>;
}

export function trackHttpConnections(server: Server, gracePeriodMs: number): HttpDrain {
  const inFlight = new Map<Socket, number>();
  let stopping = false;

  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    if (stopping) response.setHeader('connection', 'close');
    response.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (stopping && left === 0) socket.destroySoon();
    });
  });

  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    stopping = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const [socket, requests] of inFlight) if (requests === 0) socket.destroy();
    const deadline = setTimeout(() => {
      for (const socket of inFlight.keys()) socket.destroy();
    }, gracePeriodMs);
    try {
      await closed;
    } finally {
      clearTimeout(deadline);
    }
  };
  return {
    stop: () => {
      stopped ??= stop();
      return stopped;
    },
  };
}

/** Drains the server when Apollo stops (ApolloServer.stop runs drainServer before anything else). */
export function drainHttpServerPlugin(drain: HttpDrain): ApolloServerPlugin {
  return {
    serverWillStart() {
      return Promise.resolve({ drainServer: () => drain.stop() });
    },
  };
}
