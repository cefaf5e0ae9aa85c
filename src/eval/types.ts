import type { Analysis } from '../report/analysis.js';
import type { ReportMeta } from '../report/types.js';

/** The evaluated sets, in the order they are run. */
export const SET_NAMES = ['acled', 'airwars', 're3d', 'polnear', 'seed'] as const;
export type SetName = (typeof SET_NAMES)[number];

/** The function under evaluation: the same one `civwatch analyze` calls. */
export type AnalyzeFn = (text: string, meta: Partial<ReportMeta>) => Analysis;

/** One figure of a set's table. */
export interface Measure {
  /** Stable key, `<set>.<measure>`, used by `eval/floors.json`. */
  key: string;
  /** What a reader sees in the table. */
  label: string;
  /** 0..1 for rates and scores. */
  value: number;
  /** Counts behind the figure, e.g. `45/59` or `tp 10 fp 2 fn 5`. */
  detail: string;
}

/** The result of one set. */
export interface SetResult {
  set: SetName;
  /** Items evaluated (rows, documents, articles). */
  items: number;
  seconds: number;
  measures: Measure[];
  /** Caveats a reader must know to read the figures (skipped rows, what we do not extract). */
  notes: string[];
  /** With `--misses N`: up to N examples of what we got wrong, for whoever improves the stage. */
  misses?: string[];
}

/** Options every set reader takes. */
export interface ReadOptions {
  /** Evaluate only the first N items (deterministic order), after `skip`. */
  limit?: number;
  /** Leave out the first N items (with `limit`, a slice: a tuning part and a held-out part). */
  skip?: number;
  /** List up to N examples of errors in the result's `misses`. */
  misses?: number;
}

/** Leave out the first `skip` items, then take the first `limit` when a limit is set. */
export const take = <T>(xs: readonly T[], opts: ReadOptions): T[] => {
  const from = opts.skip ?? 0;
  return opts.limit !== undefined && opts.limit >= 0 ? xs.slice(from, from + opts.limit) : xs.slice(from);
};

/**
 * The most frequent texts of a list, as `"text" ×n` joined by commas (for miss lists).
 *
 * @example
 * topTexts(['U.S.', 'Iraq', 'U.S.'], 5); // '"U.S." ×2, "Iraq" ×1'
 */
export function topTexts(texts: readonly string[], n: number): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([t, c]) => `"${t}" ×${c}`).join(', ');
}

/** Format a rate as counts for a measure's detail. */
export const ratio = (hits: number, total: number): string => `${hits}/${total}`;
