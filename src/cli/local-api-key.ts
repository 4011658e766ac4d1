/**
 * For local use, `npm start` needs an API key for mutations even when NEWSGRAPH_API_KEY is unset: it
 * generates one once and keeps it beside the embedded Neo4j (mode 0600), so the key a user copied from
 * the banner keeps working after a restart.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

export function localApiKeyFile(config: Config): string {
  return path.join(config.embedded.home, 'api-key');
}

export function resolveLocalApiKey(config: Config): { key: string; generated: boolean } {
  if (config.api.apiKey !== null) return { key: config.api.apiKey, generated: false };
  const file = localApiKeyFile(config);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 16) return { key: stored, generated: true };
  }
  const key = randomBytes(24).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, generated: true };
}
