/** Checks of argument values that GraphQL's types cannot express; failures are BAD_USER_INPUT. */
import { BadUserInputError } from '../errors';

/** A trimmed string, or null for null, undefined or blank. */
export function optionalText(
  value: string | null | undefined,
  argument: string,
  maxLength: number,
): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > maxLength) {
    throw new BadUserInputError(`"${argument}" is longer than ${maxLength} characters.`, argument);
  }
  return trimmed;
}

/** `first` with null (given explicitly) meaning the default. */
export function orDefault<T>(value: T | null | undefined, fallback: T): T {
  return value === null || value === undefined ? fallback : value;
}
