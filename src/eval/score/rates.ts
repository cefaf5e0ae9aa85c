import { prf, type Counts } from './prf.js';

/** A share of cases that passed, kept with its counts so a reader can see the sample size. */
export interface Rate {
  hits: number;
  total: number;
  /** hits / total; 0 when there are no cases. */
  rate: number;
}

/**
 * Share of true values in a list of outcomes.
 *
 * @example
 * exactRate([true, false, true, true]); // { hits: 3, total: 4, rate: 0.75 }
 */
export function exactRate(outcomes: readonly boolean[]): Rate {
  const hits = outcomes.filter(Boolean).length;
  return { hits, total: outcomes.length, rate: outcomes.length === 0 ? 0 : hits / outcomes.length };
}

/** One classification: the gold label and ours (null when we produced none). */
export interface LabelPair {
  gold: string;
  predicted: string | null;
}

/**
 * Macro-averaged F1 over the gold classes: F1 per class (one-vs-rest), then the unweighted mean.
 * Averaged over the classes that occur in gold: a prediction of a class absent from gold is a
 * wrong answer that costs the recall of the gold class it replaced. A missing prediction (null)
 * is a false negative of its gold class.
 *
 * @example
 * macroF1([{ gold: 'a', predicted: 'a' }, { gold: 'b', predicted: 'a' }]); // (0.667 + 0) / 2
 */
export function macroF1(pairs: readonly LabelPair[]): { macroF1: number; perClass: Record<string, Counts & { f1: number }> } {
  const classes = [...new Set(pairs.map((p) => p.gold))].sort();
  const perClass: Record<string, Counts & { f1: number }> = {};
  for (const c of classes) {
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const p of pairs) {
      if (p.gold === c && p.predicted === c) counts.tp++;
      else if (p.gold === c) counts.fn++;
      else if (p.predicted === c) counts.fp++;
    }
    perClass[c] = { ...counts, f1: prf(counts).f1 };
  }
  const f1s = classes.map((c) => perClass[c].f1);
  return { macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length, perClass };
}

/**
 * Accuracy of a list of classifications.
 *
 * @example
 * accuracy([{ gold: 'a', predicted: 'a' }, { gold: 'b', predicted: null }]); // 0.5
 */
export function accuracy(pairs: readonly LabelPair[]): number {
  return exactRate(pairs.map((p) => p.gold === p.predicted)).rate;
}
