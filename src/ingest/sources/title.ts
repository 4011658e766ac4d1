/**
 * The title of a .txt or .md article: its first line when that line reads like a title (at most 150
 * characters, not ending like a sentence with . , ; or :, and followed by more text; a Markdown heading
 * "# ..." always is one); otherwise the file name without its extension.
 */
import path from 'node:path';

const MAX_TITLE_LENGTH = 150;

export function titleOf(text: string, fileName: string | null): string | null {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = lines[first]?.trim() ?? '';
  const rest = lines.slice(first + 1).some((other) => other.trim() !== '');
  const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line)?.[1];
  if (heading !== undefined && heading !== '' && heading.length <= MAX_TITLE_LENGTH * 2) return heading;
  if (line !== '' && rest && line.length <= MAX_TITLE_LENGTH && !/[.,;:]$/.test(line)) return line;
  return fileName === null ? null : path.parse(fileName).name;
}
