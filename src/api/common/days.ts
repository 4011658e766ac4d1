/**
 * Calendar days as the API takes them (YYYY-MM-DD, the format of publishedAt and of a fact's date) and
 * date ranges (from ≤ to); anything else is BAD_USER_INPUT naming the argument.
 */
import { BadUserInputError } from '../errors';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that names a real day, or null for null, undefined or blank. */
export function optionalDay(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const day = value.trim();
  const time = DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || !new Date(time).toISOString().startsWith(day)) {
    throw new BadUserInputError(
      `"${argument}" must be a day written YYYY-MM-DD, such as 2022-02-28, got "${truncate(value)}".`,
      argument,
    );
  }
  return day;
}

/** Both days checked, and `from` not after `to`. */
export function dayRange(
  from: string | null | undefined,
  to: string | null | undefined,
  prefix = '',
): { from: string | null; to: string | null } {
  const range = { from: optionalDay(from, `${prefix}from`), to: optionalDay(to, `${prefix}to`) };
  if (range.from !== null && range.to !== null && range.from > range.to) {
    throw new BadUserInputError(
      `"${prefix}from" (${range.from}) is after "${prefix}to" (${range.to}).`,
      `${prefix}from`,
    );
  }
  return range;
}

/** Whole days from `from` to `to` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
