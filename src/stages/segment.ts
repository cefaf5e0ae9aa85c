import { makeSpan } from '../report/report.js';
import type { Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { wink } from '../nlp/wink.js';
import type { ItemSentence } from 'wink-nlp';

/**
 * Sentences and tokens, by wink-nlp (which splits run-on sentences such as "weeks.Amnesty").
 * Offsets are rebuilt from each token's preceding spaces, so they index the original text.
 * A line break that separates paragraphs always ends a sentence (headlines have no full stop).
 */
/**
 * wink ends a sentence after a state or party abbreviation ("Sen. Jane Roe (D-Vt.) said …",
 * "Jane Roe, R-Ga. said …") and after a quotation that closes with "!" or "?"; a "sentence"
 * that then opens with a lower-case word continues it.
 */
function splitAfterAbbreviation(values: readonly string[], lastOfPrev: number, first: number): boolean {
  if (!/^[a-z]/.test(values[first])) return false;
  const last = values[lastOfPrev];
  // 'She shouted “Enough!” and left', '“Can we win?” he asked': a quotation that ends with
  // "!" or "?" ends no sentence when a lower-case word follows it
  if (/^["”»]$/.test(last) && /^[!?]+$/.test(values[lastOfPrev - 1] ?? '')) return true;
  if (last === ')') return /\.$/.test(values[lastOfPrev - 1] ?? '');
  return /^[A-Z][a-z]{0,3}\.$|^([A-Z]\.)+$|^[A-Z]-[A-Z][a-z]*\.$/.test(last);
}

/** Preceding white space that holds a blank line: a paragraph break. */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/;

export const segment: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['sentence', 'token'],
  run(report) {
    const nlp = wink();
    const its = nlp.its;
    const text = report.text;
    const spans: Span[] = [];
    if (!/\S/.test(text)) return { spans };
    // One wink document for the whole text (one readDoc per paragraph costs more), then a
    // blank line before a token always starts a new sentence: wink would otherwise join a
    // headline with the paragraph after it.
    const doc = nlp.readDoc(text);
    const all = doc.tokens();
    // Whole-collection reads are much cheaper than one out() call per token.
    const values = all.out() as string[];
    const spaces = all.out(its.precedingSpaces) as string[];
    const pos = all.out(its.pos) as string[];
    const types = all.out(its.type) as string[];
    const n = values.length;
    const starts = new Array<number>(n);
    const breakBefore = new Array<boolean>(n);
    let offset = 0;
    const blank = new Array<boolean>(n);
    for (let i = 0; i < n; i++) {
      // wink keeps line breaks either as preceding spaces or as white-space tokens of their own.
      blank[i] = !/\S/.test(values[i]);
      breakBefore[i] = PARAGRAPH_BREAK.test(spaces[i]) || (blank[i] && PARAGRAPH_BREAK.test(spaces[i] + values[i]));
      offset += spaces[i].length;
      starts[i] = offset;
      offset += values[i].length;
    }
    const ranges: [number, number][] = [];
    /** A sentence's token range without the white-space tokens at its ends. */
    const pushTrimmed = (first: number, last: number) => {
      while (first <= last && blank[first]) first++;
      while (last >= first && blank[last]) last--;
      if (first > last) return;
      const prev = ranges[ranges.length - 1];
      if (prev && !breakBefore[first] && splitAfterAbbreviation(values, prev[1], first)) prev[1] = last;
      else ranges.push([first, last]);
    };
    doc.sentences().each((s: ItemSentence) => {
      const tokens = s.tokens();
      if (tokens.length() === 0) return;
      let first = tokens.itemAt(0).index();
      const last = tokens.itemAt(tokens.length() - 1).index();
      for (let i = first + 1; i <= last; i++) {
        if (breakBefore[i]) { pushTrimmed(first, i - 1); first = i; }
      }
      pushTrimmed(first, last);
    });
    let sentenceIndex = 0;
    for (const [firstTok, lastTok] of ranges) {
      const start = starts[firstTok];
      const end = starts[lastTok] + values[lastTok].length;
      if (end <= start) continue;
      const index = sentenceIndex++;
      spans.push(makeSpan(report, { start, end, label: 'sentence', value: { index }, stage: 'segment' }));
      for (let i = firstTok; i <= lastTok; i++) {
        const tokenEnd = starts[i] + values[i].length;
        if (tokenEnd <= starts[i]) continue;
        // Built directly rather than through makeSpan: offsets come from wink's own tokens,
        // and this loop runs once per token of every report.
        const tokenText = text.slice(starts[i], tokenEnd);
        spans.push({
          start: starts[i], end: tokenEnd, text: tokenText, label: 'token', confidence: 1, stage: 'segment',
          value: { sentence: index, pos: pos[i], type: types[i], norm: tokenText.toLowerCase() },
        } satisfies Span<'token'>);
      }
    }
    return { spans };
  },
};
