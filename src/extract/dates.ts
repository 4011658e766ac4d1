/**
 * Resolves a date expression against the article's date: "Monday" is the latest Monday on or before it
 * (news reports what happened), "last week" the Monday of the week before, "February 28" that day in the
 * article's year (or the year before when that would lie more than a month ahead).
 */
import { DAY_NAMES } from './lexicon/function-words';

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface ResolvedDate {
  /** YYYY-MM-DD (the first day of a week, month or year). */
  readonly value: string;
  readonly granularity: Granularity;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const DAYS = [...DAY_NAMES];
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function utc(value: string): number {
  return Date.parse(`${value}T00:00:00Z`);
}

export function resolveDate(expression: string, articleDate: string | null): ResolvedDate | undefined {
  const words = expression
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const absolute = absoluteDate(words, articleDate);
  if (absolute !== undefined || articleDate === null) return absolute;
  return relativeDate(words, utc(articleDate));
}

function absoluteDate(words: readonly string[], articleDate: string | null): ResolvedDate | undefined {
  const monthIndex = words.findIndex((w) => MONTHS[w] !== undefined);
  const year = words.find((w) => /^(1[6-9]|20)\d\d$/.test(w));
  if (monthIndex < 0) return year === undefined ? undefined : { value: `${year}-01-01`, granularity: 'year' };
  const month = MONTHS[words[monthIndex] as string] as number;
  const dayWord = [words[monthIndex + 1], words[monthIndex - 1]].find(
    (w) => w !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(w),
  );
  const day = dayWord === undefined ? undefined : parseInt(dayWord, 10);
  const resolvedYear = year !== undefined ? Number(year) : yearNear(month, day ?? 1, articleDate);
  if (resolvedYear === undefined) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined || day < 1 || day > 31)
    return { value: `${resolvedYear}-${mm}-01`, granularity: 'month' };
  const value = `${resolvedYear}-${mm}-${String(day).padStart(2, '0')}`;
  return isIsoDate(value) ? { value, granularity: 'day' } : undefined;
}

/** A date without a year lies in the article's year, unless that puts it more than a month in the future. */
function yearNear(month: number, day: number, articleDate: string | null): number | undefined {
  if (articleDate === null) return undefined;
  const year = Number(articleDate.slice(0, 4));
  const candidate = Date.UTC(year, month - 1, day);
  return candidate - utc(articleDate) > 31 * DAY_MS ? year - 1 : year;
}

function relativeDate(words: readonly string[], base: number): ResolvedDate | undefined {
  const phrase = words.join(' ');
  const dayIndex = DAYS.findIndex((d) => words.includes(d));
  if (dayIndex >= 0) {
    // Monday is 1 in getUTCDay and index 0 here.
    const target = (dayIndex + 1) % 7;
    const back = (new Date(base).getUTCDay() - target + 7) % 7;
    const shift = words.includes('next')
      ? (7 - back) % 7 || 7
      : words.includes('last') && back === 0
        ? 7
        : back;
    return {
      value: iso(words.includes('next') ? base + shift * DAY_MS : base - shift * DAY_MS),
      granularity: 'day',
    };
  }
  if (/\b(today|tonight|this morning|this afternoon|this evening)\b/.test(phrase))
    return { value: iso(base), granularity: 'day' };
  if (/\byesterday\b/.test(phrase)) return { value: iso(base - DAY_MS), granularity: 'day' };
  if (/\btomorrow\b/.test(phrase)) return { value: iso(base + DAY_MS), granularity: 'day' };
  const mondayOffset = (new Date(base).getUTCDay() + 6) % 7;
  if (/\blast week\b/.test(phrase))
    return { value: iso(base - (mondayOffset + 7) * DAY_MS), granularity: 'week' };
  if (/\bthis week\b/.test(phrase)) return { value: iso(base - mondayOffset * DAY_MS), granularity: 'week' };
  if (/\bnext week\b/.test(phrase))
    return { value: iso(base + (7 - mondayOffset) * DAY_MS), granularity: 'week' };
  const date = new Date(base);
  if (/\blast month\b/.test(phrase))
    return { value: iso(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1)), granularity: 'month' };
  if (/\blast year\b/.test(phrase))
    return { value: `${date.getUTCFullYear() - 1}-01-01`, granularity: 'year' };
  return undefined;
}
