/**
 * Reads a request body up to a limit. A body over the limit is drained and dropped, not answered
 * mid-upload: HTTP clients read a response only after sending, and one sent earlier often reaches them as
 * a reset connection instead of a clear 413. Past DRAIN_LIMIT the connection is cut.
 */
import type { IncomingMessage } from 'node:http';

const DRAIN_FACTOR = 64;

export type BodyResult =
  { readonly kind: 'ok'; readonly body: Buffer } | { readonly kind: 'too-large'; readonly bytes: number };

export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (declared > limit * DRAIN_FACTOR) {
      request.destroy();
      resolve({ kind: 'too-large', bytes: declared });
      return;
    }
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limit) chunks.push(chunk);
      else if (bytes > limit * DRAIN_FACTOR) request.destroy();
    });
    request.on('end', () =>
      resolve(bytes > limit ? { kind: 'too-large', bytes } : { kind: 'ok', body: Buffer.concat(chunks) }),
    );
    request.on('error', reject);
    request.on('close', () => {
      if (!request.complete) resolve({ kind: 'too-large', bytes });
    });
  });
}
