/**
 * The relation stage's word lists (src/extract/syntax/relations/lexicon.json): every list is read by the one
 * loader (lexicon.ts), no list holds an entry twice, and words are lower case and trimmed (the readers
 * compare lemmas and lower-cased words).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import data from '../../../../../src/extract/syntax/relations/lexicon.json';

const LOADER = path.join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'src',
  'extract',
  'syntax',
  'relations',
  'lexicon.ts',
);

const lists = Object.entries(data).filter(([name]) => !name.startsWith('_'));
const entries = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : Object.keys(value as Record<string, unknown>);

describe('syntax relation lexicon', () => {
  it('has no list the loader does not read', () => {
    const loader = readFileSync(LOADER, 'utf8');
    expect(lists.map(([name]) => name).filter((name) => !loader.includes(`data.${name}`))).toEqual([]);
  });

  it('has no duplicate entry in any list', () => {
    const duplicates = lists.flatMap(([name, value]) => {
      const words = entries(value);
      return words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${name}: ${w}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('keeps its words lower case and trimmed (a list of predicate names, upper case)', () => {
    const bad = lists.flatMap(([name, value]) => {
      const words = entries(value);
      const predicates = words.every((w) => /^[A-Z_]+$/.test(w));
      return words.filter((w) => !predicates && w !== w.trim().toLowerCase()).map((w) => `${name}: ${w}`);
    });
    expect(bad).toEqual([]);
  });
});
