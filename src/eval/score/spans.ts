import type { Counts } from './prf.js';

/** A character range; `end` exclusive. */
export interface Segment {
  start: number;
  end: number;
}

/** A span to score: one range, or several fragments (brat's discontinuous spans). */
export interface ScoredSpan extends Segment {
  /** When present, the span is these fragments (start/end then give the hull). */
  fragments?: readonly Segment[];
}

/**
 * How a predicted span may match a gold span:
 * - `exact`: same start and end (same fragments for discontinuous spans);
 * - `overlap`: share at least one character;
 * - `half-tokens`: share at least half of the tokens of the longer of the two (PolNeAR's
 *   "overlapping ≥ 50% of tokens"; the longer span, so one huge prediction cannot match
 *   every small gold span). Needs `tokens`.
 */
export type SpanMatch = 'exact' | 'overlap' | 'half-tokens';

export interface MatchOptions {
  match: SpanMatch;
  /** Token ranges of the text, sorted by start (for `half-tokens`). */
  tokens?: readonly Segment[];
}

const pieces = (s: ScoredSpan): readonly Segment[] => s.fragments ?? [s];

const key = (s: ScoredSpan): string => pieces(s).map((f) => `${f.start}-${f.end}`).join(',');

function charOverlap(a: ScoredSpan, b: ScoredSpan): number {
  let n = 0;
  for (const x of pieces(a)) for (const y of pieces(b)) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Indices of the tokens a span touches. */
export function tokenSet(s: ScoredSpan, tokens: readonly Segment[]): Set<number> {
  const out = new Set<number>();
  for (const f of pieces(s)) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].start >= f.end) break;
      if (tokens[i].end > f.start) out.add(i);
    }
  }
  return out;
}

/**
 * Token ranges of a text: runs of letters/digits, and each other non-space character alone.
 *
 * @example
 * simpleTokens('He said: "no."').length; // 7
 */
export function simpleTokens(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Token-level counts, the way BBC's Citron reports "overlap": the tokens covered by our spans
 * against those covered by gold spans (tp = covered by both, fp = only ours, fn = only gold).
 * Partial spans earn partial credit; no one-to-one matching.
 *
 * @example
 * tokenCounts([{ start: 0, end: 9 }], [{ start: 4, end: 20 }], simpleTokens('The mayor said it was closed')); // { tp: 1, fp: 1, fn: 3 }
 */
export function tokenCounts(predicted: readonly ScoredSpan[], gold: readonly ScoredSpan[], tokens: readonly Segment[]): Counts {
  const cover = (xs: readonly ScoredSpan[]) => {
    const out = new Set<number>();
    for (const x of xs) for (const i of tokenSet(x, tokens)) out.add(i);
    return out;
  };
  const p = cover(predicted), g = cover(gold);
  let tp = 0;
  for (const i of p) if (g.has(i)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/** How well one predicted span fits one gold span: > 0 when they match, larger is better. */
function fit(p: ScoredSpan, g: ScoredSpan, opts: MatchOptions, cache: Map<ScoredSpan, Set<number>>): number {
  if (opts.match === 'exact') return key(p) === key(g) ? 1 : 0;
  const chars = charOverlap(p, g);
  if (chars === 0) return 0;
  if (opts.match === 'overlap') return chars;
  if (!opts.tokens) throw new Error('half-tokens matching needs the text\'s tokens');
  const toks = (s: ScoredSpan): Set<number> => {
    let t = cache.get(s);
    if (!t) cache.set(s, (t = tokenSet(s, opts.tokens!)));
    return t;
  };
  const tp = toks(p), tg = toks(g);
  let shared = 0;
  for (const i of tp) if (tg.has(i)) shared++;
  return shared > 0 && shared >= 0.5 * Math.max(tp.size, tg.size) ? shared : 0;
}

/**
 * Count matches between predicted and gold spans of one document and one type. Matching is
 * one-to-one: each gold span is claimed by at most one prediction (best fits first), so
 * predicting the same span twice costs a false positive. Duplicate gold spans count once.
 *
 * @example
 * matchSpans([{ start: 0, end: 5 }], [{ start: 0, end: 5 }, { start: 10, end: 12 }], { match: 'exact' });
 * // { tp: 1, fp: 0, fn: 1 }
 */
export function matchSpans(predicted: readonly ScoredSpan[], gold: readonly ScoredSpan[], opts: MatchOptions): Counts {
  const uniq = (xs: readonly ScoredSpan[]): ScoredSpan[] => [...new Map(xs.map((s) => [key(s), s])).values()];
  const golds = uniq(gold);
  const preds = [...predicted];
  const cache = new Map<ScoredSpan, Set<number>>();
  const pairs: { p: number; g: number; score: number }[] = [];
  preds.forEach((p, pi) => golds.forEach((g, gi) => {
    const score = fit(p, g, opts, cache);
    if (score > 0) pairs.push({ p: pi, g: gi, score });
  }));
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>(), usedG = new Set<number>();
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
  }
  return { tp: usedP.size, fp: preds.length - usedP.size, fn: golds.length - usedG.size };
}
