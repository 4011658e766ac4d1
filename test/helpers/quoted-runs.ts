/**
 * Finds text of a held-out set (CoNLL04 dev, the news-dev articles) quoted in the repository: a measure
 * on data whose sentences the rules and tests were written from is no measure. Text is compared as
 * lower-case runs of letters and digits, so punctuation, case, tokenization ("O 'Brien" / "O'Brien") and
 * line breaks do not hide a quotation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Word {
  readonly word: string;
  /** Character offset of the word in the text it was read from. */
  readonly offset: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0],
    offset: m.index,
  }));
}

/** A run of held-out words, with what it came from (a sentence index, a file name). */
export interface HeldOutRun {
  readonly origin: string;
}

/**
 * Every run of `length` consecutive words of the held-out texts, keyed by the run. `keep` narrows the
 * runs indexed (by the positions of the words in the text), e.g. to runs that contain a rare name.
 */
export class RunIndex {
  private readonly runs = new Map<string, HeldOutRun>();

  constructor(readonly length: number) {}

  add(text: string, origin: string, keep: (start: number, end: number) => boolean = () => true): void {
    const words = wordsOf(text).map((w) => w.word);
    for (let i = 0; i + this.length <= words.length; i++) {
      if (!keep(i, i + this.length)) continue;
      const key = words.slice(i, i + this.length).join(' ');
      if (!this.runs.has(key)) this.runs.set(key, { origin });
    }
  }

  get size(): number {
    return this.runs.size;
  }

  /** Each quotation in `text`: its line (1-based), the run and its origin; one per line and origin. */
  find(text: string): { line: number; run: string; origin: string }[] {
    const words = wordsOf(text);
    const found = new Map<string, { line: number; run: string; origin: string }>();
    for (let i = 0; i + this.length <= words.length; i++) {
      const run = words
        .slice(i, i + this.length)
        .map((w) => w.word)
        .join(' ');
      const heldOut = this.runs.get(run);
      if (!heldOut) continue;
      const line = lineAt(text, words[i]!.offset);
      const key = `${line} ${heldOut.origin}`;
      if (!found.has(key)) found.set(key, { line, run, origin: heldOut.origin });
    }
    return [...found.values()];
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const TEXT_FILE = /\.(ts|js|mjs|cjs|json|jsonl|md|txt|graphql|cypher|grass|html|css|yml|yaml|tsv|csv)$/;
const NOT_OURS = new Set(['node_modules', 'dist', '.neo4j', '.git', '.corenlp']);

/** The text files under `roots` (files or folders, relative to `root`), as paths relative to `root`. */
export function repositoryTextFiles(root: string, roots: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    const absolute = path.join(root, relative);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(absolute).sort())
        if (!NOT_OURS.has(name)) walk(path.join(relative, name));
    } else if (TEXT_FILE.test(relative)) files.push(relative);
  };
  for (const entry of roots) walk(entry);
  return files;
}

/** Every quotation of `index` in the files, as "file:line: run (origin)". */
export function quotationsIn(root: string, files: readonly string[], index: RunIndex): string[] {
  const report: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const hit of index.find(text)) report.push(`${file}:${hit.line}: "${hit.run}" (${hit.origin})`);
  }
  return report;
}
