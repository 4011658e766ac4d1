/**
 * Mutations need `Authorization: Bearer <NEWSGRAPH_API_KEY>`: they carry type-graphql's `@Authorized()`,
 * and apiKeyAuthChecker (given to buildSchema) lets them run only with the key. Queries and subscriptions
 * need none. The key is compared in constant time (hashes of equal length), so response times tell nothing
 * about how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from './errors';

export type AuthOutcome =
  | { readonly authenticated: true }
  | {
      readonly authenticated: false;
      readonly reason: 'no-key-configured' | 'missing' | 'malformed' | 'wrong-key';
    };

export function authenticate(authorization: string | undefined, apiKey: string | null): AuthOutcome {
  if (apiKey === null) return { authenticated: false, reason: 'no-key-configured' };
  if (authorization === undefined || authorization.trim() === '')
    return { authenticated: false, reason: 'missing' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match === null) return { authenticated: false, reason: 'malformed' };
  return sameSecret(match[1] ?? '', apiKey)
    ? { authenticated: true }
    : { authenticated: false, reason: 'wrong-key' };
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Throws UNAUTHENTICATED with a message that says what to do. */
export function requireApiKey(auth: AuthOutcome): void {
  if (auth.authenticated) return;
  switch (auth.reason) {
    case 'no-key-configured':
      throw new UnauthenticatedError(
        'Mutations are disabled: NEWSGRAPH_API_KEY is not set on the server. Set it (npm start generates one) ' +
          'and send it as "Authorization: Bearer <key>".',
      );
    case 'missing':
      throw new UnauthenticatedError(
        'Mutations need the header "Authorization: Bearer <NEWSGRAPH_API_KEY>".',
      );
    case 'malformed':
      throw new UnauthenticatedError('The Authorization header must be "Bearer <NEWSGRAPH_API_KEY>".');
    case 'wrong-key':
      throw new UnauthenticatedError(
        "The API key in the Authorization header is not the server's NEWSGRAPH_API_KEY.",
      );
  }
}

/**
 * type-graphql's authChecker for `@Authorized()` fields: throws the UNAUTHENTICATED error that says what
 * to do (type-graphql's own "Access denied!" would not), before the resolver runs.
 */
export const apiKeyAuthChecker: AuthChecker<{ readonly auth: AuthOutcome }> = ({ context }) => {
  requireApiKey(context.auth);
  return true;
};
