/**
 * CORS for the few routes another origin must read (Neo4j Browser fetching our style and guide), and for
 * nothing else: an allow-list of exact origins, echoed back, never `*`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CorsRoute {
  readonly methods: readonly string[];
  readonly allowedOrigins?: readonly string[];
}

/** Headers a preflight may always ask for; Neo4j Browser sends pragma and cache-control with its fetches. */
const ALLOWED_HEADERS = 'content-type, pragma, cache-control, x-request-id';

/** Sets the CORS headers when the request's Origin is allowed on the route; returns whether it was. */
export function applyCors(route: CorsRoute, request: IncomingMessage, response: ServerResponse): boolean {
  if (route.allowedOrigins === undefined) return false;
  // The answer depends on Origin: caches must not hand one origin's answer to another.
  response.setHeader('vary', 'origin');
  const origin = request.headers.origin;
  if (origin === undefined || !route.allowedOrigins.includes(origin)) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-allow-methods', [...route.methods, 'OPTIONS'].join(', '));
  // Browser may add tracing headers beyond our list: the routes that allow CORS serve public, static
  // content and read no credentials, so granting the headers it asks for grants nothing.
  const requested = request.headers['access-control-request-headers'];
  response.setHeader('access-control-allow-headers', requested ?? ALLOWED_HEADERS);
  response.setHeader('access-control-expose-headers', 'x-request-id');
  response.setHeader('access-control-max-age', '600');
  return true;
}
