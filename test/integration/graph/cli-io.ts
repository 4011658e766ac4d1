/** A CommandIo that keeps what a command writes, for tests of the CLI. */
import { PassThrough } from 'node:stream';
import type { CommandIo } from '../../../src/cli/command';

export function captureIo(
  env: Record<string, string | undefined>,
): CommandIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { stdin: new PassThrough(), stdout, stderr, env, out: () => out, err: () => err };
}
