/**
 * The request id: the caller's x-request-id when it is a plain token, else a new one. It reaches the code
 * Apollo calls without the context (formatError) through errorRequestIds (src/api/format-error.ts), not
 * through an AsyncLocalStorage: on Node 20 one enables a promise hook for every promise of the process
 * (about 5% of the API's CPU per request in bench:api's profiles).
 */
import { randomUUID } from 'node:crypto';

/** The caller's x-request-id when it is a plain token (so logs can follow it across services), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}
