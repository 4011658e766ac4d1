/** Precision, recall and F1 from counts, the way every figure of `newsgraph eval` is computed. */

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Prf extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Empty denominators give 0, not NaN: nothing predicted and nothing expected is reported as 0/0 = 0. */
export function prf(counts: Counts): Prf {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Micro-averaging: add the counts, then compute the ratios once. */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

/** 0.7134 -> "71.3" (percent, one decimal), the form the published CoNLL04 figures use. */
export function percent(ratio: number): string {
  return (ratio * 100).toFixed(1);
}
