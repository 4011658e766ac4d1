/**
 * Mutations only from the server's own pages (or from clients that are not browsers). A browser states
 * where a request comes from in `Origin`; a mutation whose Origin is present and is not this server's own
 * is refused before any resolver runs, whatever its content type or headers. Apollo's csrfPrevention
 * (on in server.ts) refuses the "simple" requests a page may send without a preflight; this check also
 * covers what a CORS mistake or a browser bug would let through. Clients that are not browsers (curl, the
 * example client, tests) send no Origin and are not affected.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ApiErrorCode } from '../errors';

/** The origins a page of this server has, given the Host header the browser sent. */
export function ownOrigins(host: string | undefined): string[] {
  if (host === undefined || host === '') return [];
  return [`http://${host}`, `https://${host}`].map((origin) => origin.toLowerCase());
}

export function isForeignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return false;
  return !ownOrigins(host).includes(origin.trim().toLowerCase());
}

export function sameOriginMutationsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation !== 'mutation') return;
          const origin = request.http?.headers.get('origin');
          const host = request.http?.headers.get('host');
          if (!isForeignOrigin(origin, host)) return;
          throw new GraphQLError(
            `Mutations are refused from pages of another origin (${origin}); send them from this server's ` +
              'own pages or from a client that is not a browser.',
            {
              extensions: {
                code: ApiErrorCode.BAD_REQUEST,
                http: { status: 403, headers: new HeaderMap() },
              },
            },
          );
        },
      };
    },
  };
}
