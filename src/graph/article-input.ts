/**
 * What ingest accepts, checked before anything is extracted or written: text that is not empty, not
 * binary and not over the size limit (NEWSGRAPH_MAX_ARTICLE_BYTES, 1,000,000 UTF-8 bytes by default), a
 * date that is a date. An article without an id gets one from its text's hash.
 */
import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../errors';
import { EXTRACTOR_VERSION } from '../extract/version';
import { ENTITY_TYPES } from '../vocabulary';

export interface ArticleInput {
  id?: string;
  title?: string;
  text: string;
  date?: string;
  url?: string;
  source?: string;
}

/** An ArticleInput checked and completed: what the writer stores on the Article node. */
export interface CheckedArticle {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /**
   * sha256 hex of everything the stored article depends on: the text, title, date, url and source, and
   * the extractor's version. The same hash again means nothing to do.
   */
  readonly contentHash: string;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NON_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
/** Above this share of control or undecodable characters, the text is taken for binary data. */
const MAX_NON_TEXT_SHARE = 0.02;
const MAX_ID_LENGTH = 200;

type HashedFields = Pick<CheckedArticle, 'text' | 'title' | 'publishedAt' | 'url' | 'source'>;

export function contentHash(article: HashedFields, extractorVersion: string = EXTRACTOR_VERSION): string {
  const { text, title, publishedAt, url, source } = article;
  return sha256(JSON.stringify([extractorVersion, text, title, publishedAt, url, source]));
}

/** The id of an article that comes without one: the same text gives the same id. */
export function derivedArticleId(text: string): string {
  return `article-${sha256(text).slice(0, 16)}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function checkArticle(
  input: ArticleInput,
  maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES,
  extractorVersion: string = EXTRACTOR_VERSION,
): CheckedArticle {
  if (typeof input.text !== 'string') throw badInput('the article has no "text" string');
  assertArticleText(input.text, maxArticleBytes);
  const fields = {
    text: input.text,
    title: optionalString(input.title),
    publishedAt: checkedDate(input.date),
    url: optionalString(input.url),
    source: optionalString(input.source),
  };
  return {
    id: checkedId(input.id) ?? derivedArticleId(input.text),
    ...fields,
    contentHash: contentHash(fields, extractorVersion),
  };
}

export function assertArticleText(text: string, maxArticleBytes: number): void {
  if (text.trim() === '') throw badInput('the article text is empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxArticleBytes) {
    throw badInput(
      `the article is ${bytes.toLocaleString('en-US')} bytes, over the limit of ` +
        `${maxArticleBytes.toLocaleString('en-US')} (NEWSGRAPH_MAX_ARTICLE_BYTES)`,
    );
  }
  if (text.includes('\u0000')) throw badInput('the article contains NUL bytes: it looks like binary data');
  const nonText = text.match(NON_TEXT)?.length ?? 0;
  if (nonText / text.length > MAX_NON_TEXT_SHARE) {
    throw badInput(`the article is not text: ${nonText} of ${text.length} characters are control characters`);
  }
}

function checkedId(id: string | undefined): string | undefined {
  if (id === undefined || id === null) return undefined;
  return checkedArticleId(id);
}

/**
 * Article ids have their own namespace: an id that starts like an entity id ("person:…", any entity
 * type) or a relation id ("rel:…") would be taken for one by Query.node. Every entry point (sources,
 * ingestArticle, deleteArticle) checks ids here. Returns the id trimmed.
 */
export function checkedArticleId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) {
    throw badInput(`the article id must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  }
  const trimmed = id.trim();
  if (hasReservedIdPrefix(trimmed)) {
    throw badInput(
      `the article id "${trimmed}" starts like an entity or relation id ("<entity type>:" or "rel:"); choose another`,
    );
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001F\u007F]/.test(trimmed)) throw badInput('the article id contains control characters');
  return trimmed;
}

const RESERVED_ID_PREFIX = new RegExp(
  `^(${[...ENTITY_TYPES.map((type) => type.toLowerCase()), 'rel'].join('|')})\\s*:`,
  'i',
);

/** Article ids live in their own namespace: one that starts like an entity ("person:") or relation ("rel:") id does not. */
export function hasReservedIdPrefix(id: string): boolean {
  return RESERVED_ID_PREFIX.test(id.trim());
}

/** YYYY-MM-DD, or the date part of an ISO date-time. */
export function checkedDate(date: string | undefined): string | null {
  if (date === undefined || date === null || date === '') return null;
  const match = typeof date === 'string' ? /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(date.trim()) : null;
  const day = match?.[1];
  if (day === undefined || !isCalendarDay(day)) {
    throw badInput(`the date "${String(date)}" is not a date (expected YYYY-MM-DD)`);
  }
  return day;
}

function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}

function optionalString(value: string | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

export function badInput(message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message);
}
