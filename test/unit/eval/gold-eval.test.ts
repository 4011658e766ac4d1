/**
 * The real extractor on the gold fixtures. Floors come from the issue, not from observed output: the sample
 * bars are the issue's own; for all fixtures together, entity F1 >= 70 and relation F1 >= 35 are the
 * issue's CoNLL04 bars, which hand-picked, cleaner text should clear at least as easily.
 */
import path from 'node:path';
import { sampleBars } from '../../../src/eval/bars';
import { extract } from '../../../src/extract';
import { loadGoldFixtures } from '../../../src/eval/fixture-loader';
import { evaluateFixtures, type FixturesResult } from '../../../src/eval/fixtures-eval';

const GOLD = path.resolve(__dirname, '../../fixtures/gold');
let result: FixturesResult;

beforeAll(async () => {
  result = await evaluateFixtures(loadGoldFixtures(GOLD), extract);
});

function sampleBar(prefix: string) {
  const sample = result.fixtures.find((score) => score.name === 'belarus-embassy-closure');
  if (sample === undefined) throw new Error('the sample fixture is missing');
  const bar = sampleBars(sample).find((check) => check.bar.startsWith(prefix));
  if (bar === undefined) throw new Error(`no bar starts with "${prefix}"`);
  return bar;
}

describe('the extractor on the gold fixtures', () => {
  it.each([
    'sample: Antony Blinken -ANNOUNCES->',
    'sample: United States -SANCTIONS-> Belarus',
    'sample: every person, country, city, organization',
    'sample: every alias group merged',
    'sample: nothing falsely merged',
    'sample: no pronoun, day name or fragment',
  ])('passes the bar "%s"', (prefix) => {
    const bar = sampleBar(prefix);
    expect({ bar: bar.bar, detail: bar.detail, passed: bar.passed }).toMatchObject({ passed: true });
  });

  it('reaches entity F1 >= 70 over all fixtures', () => {
    expect(result.entities.f1).toBeGreaterThanOrEqual(0.7);
  });

  it('reaches relation F1 >= 35 over all fixtures', () => {
    expect(result.relations.f1).toBeGreaterThanOrEqual(0.35);
  });
});
