import { percent, prf, sumCounts } from '../../../src/eval/metrics';

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    const result = prf({ tp: 6, fp: 2, fn: 4 });
    expect(result.precision).toBeCloseTo(0.75);
    expect(result.recall).toBeCloseTo(0.6);
    expect(result.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('gives 0 rather than NaN when nothing was predicted or expected', () => {
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('sumCounts', () => {
  it('micro-averages by adding counts', () => {
    expect(
      sumCounts([
        { tp: 1, fp: 2, fn: 3 },
        { tp: 10, fp: 20, fn: 30 },
      ]),
    ).toEqual({ tp: 11, fp: 22, fn: 33 });
    expect(sumCounts([])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('percent', () => {
  it('prints a ratio as a percentage with one decimal', () => {
    expect(percent(0.7154)).toBe('71.5');
    expect(percent(1)).toBe('100.0');
  });
});
