/** True-positive, false-positive and false-negative counts of one comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of a {@link Counts}. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Zero counts, the start of a sum. */
export const noCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/**
 * Add counts (micro-averaging: sum counts over documents, then compute P/R/F1 once).
 *
 * @example
 * addCounts({ tp: 1, fp: 0, fn: 2 }, { tp: 3, fp: 1, fn: 0 }); // { tp: 4, fp: 1, fn: 2 }
 */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Precision, recall and F1 from counts. An empty denominator gives 0, never NaN: a system that
 * predicts nothing has precision 0 here, so an empty pipeline cannot look perfect.
 *
 * @example
 * prf({ tp: 3, fp: 1, fn: 2 }); // { precision: 0.75, recall: 0.6, f1: 0.666… }
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
