import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError, ErrorCode } from '../errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with our error type: an unknown flag or a missing value becomes BAD_USER_INPUT with
 * the command's usage attached, so the CLI prints both.
 */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${(error as Error).message}\n\n${usage}`);
  }
}

export function usageError(message: string, usage: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${message}\n\n${usage}`);
}
