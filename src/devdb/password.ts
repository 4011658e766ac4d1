/**
 * The embedded server's password: NEO4J_PASSWORD when set, otherwise generated once and kept in the
 * instance folder with mode 0600. Neo4j takes an initial password only before its first start.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import type { DistributionLayout, InstanceLayout } from './layout';
import { javaExecutable } from './prerequisites';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 24 characters from an alphabet without look-alikes or punctuation: easy to copy into Neo4j Browser. */
export function generatePassword(): string {
  return [...randomBytes(24)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** The password to use: the explicit one, the stored one, or a new one that is stored. */
export function resolvePassword(instance: InstanceLayout, explicit: string | null): string {
  if (explicit !== null) return explicit;
  if (existsSync(instance.passwordFile)) {
    const stored = readFileSync(instance.passwordFile, 'utf8').trim();
    if (stored.length >= 8) return stored;
  }
  const password = generatePassword();
  mkdirSync(path.dirname(instance.passwordFile), { recursive: true });
  writeFileSync(instance.passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(instance.passwordFile, 0o600); // writeFileSync keeps the mode of an existing file
  return password;
}

export function isInitialized(instance: InstanceLayout): boolean {
  return existsSync(instance.authStore);
}

/** Runs `neo4j-admin dbms set-initial-password` from the fetched jars; only before the first start. */
export function setInitialPassword(
  distribution: DistributionLayout,
  instance: InstanceLayout,
  password: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      javaExecutable(),
      [
        '-cp',
        `${distribution.lib}/*`,
        'org.neo4j.server.startup.Neo4jAdminCommand',
        'dbms',
        'set-initial-password',
        '--', // a password may start with "-"
        password,
      ],
      {
        env: { ...process.env, NEO4J_HOME: instance.root, NEO4J_CONF: instance.conf },
        cwd: instance.root,
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new AppError(
              ErrorCode.NEO4J_START_FAILED,
              `Could not set the initial Neo4j password: ${`${stderr}${stdout}`.trim() || error.message}`,
            ),
          );
        } else resolve();
      },
    );
  });
}
