/**
 * A GraphQL IDE that works without internet (Apollo Sandbox loads from Apollo's CDN and cannot): Altair,
 * whose whole app ships inside the altair-static package, served from /ide/ with our example operations
 * as its windows and, for local use, the API key header already set.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDistDirectory, renderAltair } from 'altair-static';
import type { ExampleOperation } from './example-operations';

export const IDE_PATH = '/ide/';

export interface OfflineIdeOptions {
  /** Absolute: Altair refuses a relative endpoint. */
  readonly graphqlUrl: string;
  readonly operations: readonly ExampleOperation[];
  /** Sent with every request from the IDE; only for a local, development server. */
  readonly headers: Readonly<Record<string, string>>;
}

export function renderOfflineIde(options: OfflineIdeOptions): string {
  return renderAltair({
    baseURL: IDE_PATH,
    endpointURL: options.graphqlUrl,
    initialHeaders: { ...options.headers },
    initialWindows: options.operations.map((operation) => ({
      initialName: operation.name,
      initialQuery: operation.document,
      initialVariables: JSON.stringify(operation.variables, null, 2),
      initialHeaders: { ...options.headers },
      endpointURL: options.graphqlUrl,
    })),
    disableAccount: true,
    preserveState: false,
    initialSettings: { 'alert.disableUpdateNotification': true, 'plugin.list': [] },
  });
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** A file of the IDE's bundle, or null when the path leaves the bundle or names nothing. */
export async function ideAsset(relativePath: string): Promise<StaticFile | null> {
  const root = getDistDirectory();
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return null; // malformed percent-encoding (e.g. "%E0%A4%A") names no file: a 404, not a 500
  }
  const file = path.resolve(root, decoded);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const body = await readFile(file);
    return { body, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
