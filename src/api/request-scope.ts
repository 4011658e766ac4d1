/**
 * The id of the request being served, for code that Apollo calls without the context (formatError).
 * Every request runs inside requestScope.run(), so the id follows it through awaits.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestScope {
  readonly requestId: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentRequestId(): string {
  return requestScope.getStore()?.requestId ?? 'none';
}

/** The caller's x-request-id when it is a plain token (so logs can follow it across services), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}
