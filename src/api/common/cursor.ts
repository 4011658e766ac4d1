/**
 * Cursors are opaque to clients: base64url of [kind, sort key]. The kind names the listing and its
 * order, so a cursor from another listing is refused instead of silently giving a wrong page.
 */
import { BadUserInputError } from '../errors';

export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(JSON.stringify([kind, key]), 'utf8').toString('base64url');
}

/** The sort key a cursor carries; null for a null cursor. Throws BAD_USER_INPUT for anything else. */
export function decodeCursor(kind: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw new Error('not base64url');
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError(`"after" is not a cursor this API returned: ${truncate(cursor)}`, 'after');
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[1] !== 'string') {
    throw new BadUserInputError(`"after" is not a cursor this API returned: ${truncate(cursor)}`, 'after');
  }
  if (decoded[0] !== kind) {
    throw new BadUserInputError(
      `"after" is a cursor of another listing (${String(decoded[0])}), not of ${kind}`,
      'after',
    );
  }
  return decoded[1];
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
