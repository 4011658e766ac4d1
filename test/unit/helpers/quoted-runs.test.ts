import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { quotationsIn, repositoryTextFiles, RunIndex, wordsOf } from '../../helpers/quoted-runs';

describe('quoted runs of held-out text', () => {
  it('compares words whatever the case, punctuation and tokenization', () => {
    expect(wordsOf("Dana O 'Neil, 41.").map((w) => w.word)).toEqual(['dana', 'o', 'neil', '41']);
    const index = new RunIndex(4);
    index.add("The ferry to Tallinn left at noon , said Dana O 'Neil .", 'held-out 0');
    expect(index.find("x\n// said Dana O'Neil.")).toEqual([
      { line: 2, run: 'said dana o neil', origin: 'held-out 0' },
    ]);
    expect(index.find('The ferry to Riga left at noon')).toEqual([]);
  });

  it('indexes only the runs kept', () => {
    const index = new RunIndex(2);
    index.add('alpha beta gamma delta', 'held-out 1', (start) => start === 2);
    expect(index.size).toBe(1);
    expect(index.find('alpha beta')).toEqual([]);
    expect(index.find('gamma delta')).toHaveLength(1);
  });

  it('scans text files under the given roots, not dependencies', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'quoted-runs-'));
    mkdirSync(path.join(root, 'src', 'node_modules'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'a.ts'), '// one two three\n');
    writeFileSync(path.join(root, 'src', 'b.png'), 'one two three');
    writeFileSync(path.join(root, 'src', 'node_modules', 'c.ts'), 'one two three');
    const files = repositoryTextFiles(root, ['src', 'absent']);
    expect(files).toEqual([path.join('src', 'a.ts')]);
    const index = new RunIndex(3);
    index.add('One, two, three!', 'held-out 2');
    expect(quotationsIn(root, files, index)).toEqual(['src/a.ts:1: "one two three" (held-out 2)']);
  });
});
