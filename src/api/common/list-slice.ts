/**
 * Lists inside a node (a relation's evidence, an entity's aliases, an article's text) are read whole with
 * their node, and sent in slices: without a bound, one relation stated in every sentence of a 1 MB
 * article answered with hundreds of copies of it.
 */
import { BadUserInputError } from '../errors';
import { MAX_FIRST } from '../limits/limits';

/** Items offset … offset + first - 1; first 0..MAX_FIRST and offset >= 0, else BAD_USER_INPUT. */
export function sliceList<T>(items: readonly T[], first: number, offset: number): T[] {
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
    throw new BadUserInputError(
      `"first" must be a whole number from 0 to ${MAX_FIRST}, got ${first}. Page with "offset".`,
      'first',
    );
  }
  checkOffset(offset);
  return items.slice(offset, offset + first);
}

/** Part of a text: from `offset` (UTF-16 code units), at most `maxLength` of them (null: to the end). */
export function sliceText(text: string, offset: number, maxLength: number | null): string {
  checkOffset(offset);
  if (maxLength !== null && (!Number.isInteger(maxLength) || maxLength < 0)) {
    throw new BadUserInputError(`"maxLength" must be a whole number from 0, got ${maxLength}.`, 'maxLength');
  }
  return maxLength === null ? text.slice(offset) : text.slice(offset, offset + maxLength);
}

function checkOffset(offset: number): void {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError(`"offset" must be a whole number from 0, got ${offset}.`, 'offset');
  }
}
