/** The shape every CLI command has. Commands are thin: they parse arguments and call src/ modules. */
import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface Command {
  readonly name: string;
  /** One line for `newsgraph help`. */
  readonly summary: string;
  /** The usage text printed by `newsgraph <name> --help` and after a usage error. */
  readonly usage: string;
  /** Resolves to the exit status. Throw AppError for failures the user should read about. */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

export function processIo(): CommandIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
