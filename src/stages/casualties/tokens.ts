import type { Report, Span } from '../../report/types.js';

/** One token as the casualty rules read it. */
export interface Tok {
  norm: string;
  pos: string;
  /** Original text (case kept: "IS" is not "is"). */
  text: string;
  start: number;
  end: number;
}

/**
 * The report's tokens grouped by sentence index, in text order.
 *
 * @example
 * const bySentence = tokensBySentence(report); // [[{norm: 'five', …}, …], …]
 */
export function tokensBySentence(report: Report): Tok[][] {
  const out: Tok[][] = [];
  for (const span of report.spans) {
    if (span.label !== 'token') continue;
    const t = span as Span<'token'>;
    const s = t.value.sentence;
    (out[s] ??= []).push({ norm: t.value.norm, pos: t.value.pos, text: t.text, start: t.start, end: t.end });
  }
  // The segment stage adds tokens in text order; sort only if another order ever shows up.
  for (const toks of out) if (toks && toks.some((t, k) => k > 0 && t.start < toks[k - 1].start)) toks.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * True when `words` occur at token `i` (lower-case comparison).
 *
 * @example
 * matchesAt(toks('at least 11'), 0, ['at', 'least']); // true
 */
export function matchesAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > toks.length) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k].norm !== words[k]) return false;
  return true;
}

/** Quotation marks, which a source quoted in part may put inside a number phrase: "“more than” 20". */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * Where `words` end when they occur at token `i`, allowing quotation marks between them and
 * after the last one (a source quoted in part: "“more than” 20 people died"); -1 when they do not
 * occur there.
 *
 * @example
 * matchEndQuoted(toks('“more than” 20 people'), 1, ['more', 'than']); // 4
 */
export function matchEndQuoted(toks: readonly Tok[], i: number, words: readonly string[]): number {
  let k = i;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) while (k < toks.length && QUOTE_MARKS.has(toks[k].norm)) k++;
    if (k >= toks.length || toks[k].norm !== words[w]) return -1;
    k++;
  }
  while (k < toks.length && QUOTE_MARKS.has(toks[k].norm)) k++;
  return k;
}
