import { spansOf } from '../../report/report.js';
import type { Report } from '../../report/types.js';

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
  for (const t of spansOf(report, 'token')) {
    const s = t.value.sentence;
    (out[s] ??= []).push({ norm: t.value.norm, pos: t.value.pos, text: t.text, start: t.start, end: t.end });
  }
  return out;
}

/** True when `words` occur at token `i` (lower-case comparison). */
export function matchesAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > toks.length) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k].norm !== words[k]) return false;
  return true;
}
