/** The entity stage's word lists: no duplicates, no list that no code reads, every list lower case. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LEXICON, list, type ListName } from '../../../../../src/extract/syntax/lexicon';

const SYNTAX_DIR = path.join(__dirname, '..', '..', '..', '..', '..', 'src', 'extract', 'syntax');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (name.endsWith('.ts')) out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

describe('syntax entity lexicon', () => {
  const names = Object.keys(LEXICON.lists);

  it('has no duplicate entry in any list', () => {
    const duplicates: string[] = [];
    for (const [name, words] of Object.entries(LEXICON.lists)) {
      const seen = new Set<string>();
      for (const w of words) {
        if (seen.has(w)) duplicates.push(`${name}: ${w}`);
        seen.add(w);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has no list that no code reads', () => {
    const code = sources(SYNTAX_DIR).join('\n');
    const unused = names.filter((name) => !code.includes(`list('${name}')`));
    expect(unused).toEqual([]);
  });

  it('keeps its entries lower case and trimmed, and loads every list', () => {
    for (const name of names) {
      for (const w of LEXICON.lists[name]!) expect(w).toBe(w.trim().toLowerCase());
      expect(list(name as ListName).size).toBe(LEXICON.lists[name]!.length);
    }
  });
});
