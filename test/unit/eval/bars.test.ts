import { conll04Bars, sampleBars, speedBars } from '../../../src/eval/bars';
import type { Conll04Result } from '../../../src/eval/conll04';
import { scoreFixture } from '../../../src/eval/fixture-score';
import { prf } from '../../../src/eval/metrics';
import { ExtractionBuilder } from './extraction-builder';
import { MINI_TEXT, miniGold } from './mini-gold';

function perfect(): ExtractionBuilder {
  const b = new ExtractionBuilder(MINI_TEXT);
  const us = b.entity('United States', 'COUNTRY', { aliases: ['US'] });
  b.entity('Minsk', 'CITY');
  const blinken = b.entity('Antony Blinken', 'PERSON', { aliases: ['Anthony Blinken', 'Blinken'] });
  const belarus = b.entity('Belarus', 'COUNTRY');
  const russia = b.entity('Russia', 'COUNTRY');
  const putin = b.entity('Vladimir Putin', 'PERSON');
  const zelensky = b.entity('Vladimir Zelensky', 'PERSON');
  b.entity('White House', 'ORGANIZATION');
  const closure = b.entity('close its embassy', 'EVENT');
  b.relation(blinken, 'ANNOUNCES', closure);
  b.relation(us, 'SANCTIONS', belarus);
  b.relation(belarus, 'BORDERS', russia);
  b.relation(putin, 'MEETS', zelensky, { negated: true });
  return b;
}

const bars = (b: ExtractionBuilder) => sampleBars(scoreFixture('sample', MINI_TEXT, miniGold(), b.build()));

describe('sampleBars', () => {
  it('all pass on a perfect extraction', () => {
    const checks = bars(perfect());
    expect(checks.map((c) => c.bar)).toEqual([
      'sample: every person, country, city, organization found and typed',
      'sample: every alias group merged',
      'sample: nothing falsely merged',
      'sample: no pronoun, day name or fragment as an entity',
      'sample: Antony Blinken -ANNOUNCES-> embassy closure',
      'sample: the other plain facts extracted',
    ]);
    expect(checks.every((c) => c.passed === true)).toBe(true);
  });

  it('each fails on its own defect', () => {
    const b = perfect();
    b.entity('He', 'PERSON');
    b.entity('Vladimir', 'PERSON', { aliases: ['Vladimir Putin', 'Vladimir Zelensky'] });
    const failed = bars(b).filter((c) => c.passed === false);
    expect(failed.map((c) => c.bar)).toEqual([
      'sample: nothing falsely merged',
      'sample: no pronoun, day name or fragment as an entity',
    ]);
    expect(failed[1]?.detail).toBe('"He" (PERSON, pronoun)');
  });

  it('fail on a missing entity, a split alias group and a missing fact', () => {
    const b = new ExtractionBuilder(MINI_TEXT);
    b.entity('Anthony Blinken', 'PERSON');
    b.entity('Blinken', 'PERSON');
    const failed = bars(b)
      .filter((c) => c.passed === false)
      .map((c) => c.bar);
    expect(failed).toEqual([
      'sample: every person, country, city, organization found and typed',
      'sample: every alias group merged',
      'sample: Antony Blinken -ANNOUNCES-> embassy closure',
      'sample: the other plain facts extracted',
    ]);
  });
});

function conll(entityF1: number, relationF1: number): Conll04Result {
  // Counts that give exactly these F1 values: precision = recall = F1.
  const counts = (f1: number) => prf({ tp: f1 * 1000, fp: (1 - f1) * 1000, fn: (1 - f1) * 1000 });
  return {
    file: 'dev',
    sentences: 1,
    predictions: [],
    snapped: 0,
    entities: counts(entityF1),
    relations: counts(relationF1),
  };
}

describe('conll04Bars', () => {
  it('pass at the bar and fail below it', () => {
    expect(conll04Bars(conll(0.7, 0.35), 'dev').map((c) => c.passed)).toEqual([true, true]);
    expect(conll04Bars(conll(0.699, 0.349), 'dev').map((c) => c.passed)).toEqual([false, false]);
    expect(conll04Bars(conll(0.7, 0.35), 'dev')[0]?.bar).toBe('CoNLL04 dev: entity F1 >= 70.0');
  });

  it('are not measured when the dataset is absent', () => {
    const checks = conll04Bars(null, 'dev', 'skipped: ../shared/datasets/conll04 not found');
    expect(checks.map((c) => [c.passed, c.detail])).toEqual([
      [null, 'skipped: ../shared/datasets/conll04 not found'],
      [null, 'skipped: ../shared/datasets/conll04 not found'],
    ]);
  });
});

describe('speedBars', () => {
  const bench = { measuredAt: '2024-01-01', corpus: 'sotu', corpusBytes: 1, medianMBps: 0.5, peakRssMB: 399 };

  it('check the median speed and the peak memory', () => {
    expect(speedBars(bench).map((c) => c.passed)).toEqual([true, true]);
    expect(speedBars({ ...bench, medianMBps: 0.49, peakRssMB: 400 }).map((c) => c.passed)).toEqual([
      false,
      false,
    ]);
  });

  it('quote the wall-clock figure too when the benchmark gives it', () => {
    expect(speedBars({ ...bench, medianWallClockMBps: 0.42 })[0]?.detail).toBe(
      'median 0.50 MB per CPU-second, 0.42 MB/s wall clock (sotu, 2024-01-01)',
    );
  });

  it('are not measured before the benchmark ran', () => {
    expect(speedBars(null).map((c) => c.passed)).toEqual([null, null]);
  });
});
