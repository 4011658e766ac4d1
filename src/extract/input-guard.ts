/**
 * What the extractor accepts. Binary data is refused with BAD_USER_INPUT; empty or whitespace-only text is
 * accepted and gives an empty Extraction (no sentences, entities or relations); HTML is read as text after
 * its markup is blanked out (see markup.ts).
 */
import { AppError, ErrorCode } from '../errors';

/** Control characters other than tab, line feed, form feed and carriage return, plus U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NON_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;

/** Above this share of non-text characters the input is taken for binary data, not for a noisy article. */
const MAX_NON_TEXT_SHARE = 0.02;

export function assertText(text: string): void {
  if (text.includes('\u0000')) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'the input contains NUL bytes: it looks like binary data, not text',
    );
  }
  const nonText = countMatches(text, NON_TEXT);
  if (text.length > 0 && nonText / text.length > MAX_NON_TEXT_SHARE) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `the input is not text: ${nonText} of ${text.length} characters are control or undecodable characters`,
    );
  }
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count += 1;
  return count;
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
