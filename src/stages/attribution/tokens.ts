import { spansOf } from '../../report/report.js';
import type { Report } from '../../report/types.js';

/** A token as the attribution rules see it: text, lower-cased form, part of speech, offsets. */
export interface Tok {
  text: string;
  norm: string;
  pos: string;
  start: number;
  end: number;
}

/** One sentence with its tokens. `paragraphStart` is true for the first sentence of a paragraph. */
export interface Sent {
  index: number;
  start: number;
  end: number;
  toks: Tok[];
  paragraphStart: boolean;
}

/**
 * The report's sentences with their tokens, in order.
 *
 * @example
 * const sents = sentencesOf(report); // [{ index: 0, toks: [{ text: 'Police', … }, …] }, …]
 */
export function sentencesOf(report: Report): Sent[] {
  const sents: Sent[] = spansOf(report, 'sentence').map((s) => ({
    index: s.value.index, start: s.start, end: s.end, toks: [], paragraphStart: false,
  }));
  const byIndex = new Map(sents.map((s) => [s.index, s]));
  for (const t of spansOf(report, 'token')) {
    byIndex.get(t.value.sentence)?.toks.push({ text: t.text, norm: t.value.norm, pos: t.value.pos, start: t.start, end: t.end });
  }
  // "''It is late,'' she said": two apostrophes typed for a double quotation mark are one mark
  for (const s of sents) s.toks = mergeDoubledApostrophes(s.toks);
  let prevEnd = 0;
  for (const s of sents) {
    s.paragraphStart = prevEnd === 0 || /\n[ \t]*\n/.test(report.text.slice(prevEnd, s.start));
    prevEnd = s.end;
  }
  return sents.filter((s) => s.toks.length > 0);
}

/** Two apostrophes with nothing between them ('' as typed for ") become one '"' token. */
function mergeDoubledApostrophes(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (t.text === "'" && next?.text === "'" && t.end === next.start) {
      out.push({ text: '"', norm: '"', pos: 'PUNCT', start: t.start, end: next.end });
      i++;
    } else out.push(t);
  }
  return out;
}

/** Double quotation marks in raw text, with '' (two apostrophes) as one. */
export const DOUBLE_QUOTE_MARKS = /["“”]|''/g;

/** True when a double quotation mark (or '') opens at offset `i` of `text`. */
export function opensQuoteAt(text: string, i: number): boolean {
  return OPEN_QUOTES.has(text[i]) || text.startsWith("''", i);
}

export const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
export const OPEN_QUOTES = new Set(['"', '“', '‘', '«']);

/** True for a comma, optionally inside a closing quote: `,` `,"` `”,`. */
export function isComma(t: Tok | undefined): boolean {
  return !!t && t.norm === ',';
}

/**
 * Whether a quotation is open after `t`, given whether one was open before it: a straight `"`
 * toggles, a curly quote opens or closes, anything else leaves it as it was.
 *
 * @example
 * quoteOpenAfter({ text: '“' } as Tok, false); // true
 */
export function quoteOpenAfter(t: Tok, open: boolean): boolean {
  if (t.text === '"') return !open;
  if (t.text === '“') return true;
  if (t.text === '”') return false;
  return open;
}

export function isQuote(t: Tok | undefined): boolean {
  return !!t && QUOTES.has(t.text);
}

export function isPunct(t: Tok | undefined): boolean {
  return !!t && (t.pos === 'PUNCT' || t.pos === 'SYM');
}
