/**
 * Apollo's cache-control plugin, on by default, wraps every resolver of the schema to collect cache
 * hints the schema never gives (no @cacheControl anywhere): a cost on every field of every request.
 * server.ts turns it off (ApolloServerPluginCacheControlDisabled) and this plugin keeps the one thing it
 * did for us: every GraphQL response says `cache-control: no-store` (the graph changes with each ingest,
 * and an answer may be a page of a private store), unless something earlier set another value.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export const NO_STORE = 'no-store';

export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', NO_STORE);
        },
      };
    },
  };
}
