/**
 * A subscription sent over HTTP would run its root resolver without an event; it is refused before
 * execution with a pointer to the WebSocket, which is where subscriptions live (websocket.ts).
 */
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApiError, ApiErrorCode } from '../errors';

export function subscriptionsOverHttpPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new ApiError(
            'Subscriptions need a WebSocket: connect a graphql-ws client (protocol graphql-transport-ws) to ' +
              'this same URL with ws:// (or wss://).',
            ApiErrorCode.BAD_REQUEST,
            { http: { status: 400, headers: new HeaderMap() } },
          );
        },
      };
    },
  };
}
