import { makeSpan } from '../report/report.js';
import type { Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { wink } from '../nlp/wink.js';
import type { ItemSentence } from 'wink-nlp';
import { TITLE_ABBREVIATIONS } from '../lexicon/title-abbreviations.js';

/**
 * Sentences and tokens, by wink-nlp (which splits run-on sentences such as "weeks.Amnesty").
 * Offsets are rebuilt from each token's preceding spaces, so they index the original text.
 * A line break that separates paragraphs always ends a sentence (headlines have no full stop).
 * Where wink ends a sentence that goes on, the two are joined again (`continuesAfter`), and
 * closing marks wink hands to the next sentence go back to the one they close (`closesPrevious`).
 */

/** Preceding white space that holds a blank line: a paragraph break. */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/;

/** Tokens that close what stands before them: quotes, brackets, the rest of an ellipsis. */
const CLOSING = /^(['"”’»)\]]|[.…]+)$/;
const QUOTE = /^['"”’»]$/;
/** What may follow a closing quote: the end, white space or more closing punctuation. */
const WORD_END = /^$|[\s'"”’»)\].,;:!?…]/;
/** An abbreviation that takes no capital after it: "R-Ga.", "Calif.", "U.S.", "Jr.". */
const ABBREVIATION = /(^|[^A-Za-z.])([A-Z][a-z]{0,4}\.|([A-Z]\.)+|[A-Z]-[A-Z][a-z]*\.)$/;
const DASH = /^(—|–|―|-{1,2})$/;
/** A line break inside a sentence: the text is hard-wrapped. */
const HARD_WRAP = /[A-Za-z,][ \t]*\r?\n[ \t]*[a-z]/;
const URL_START = /^(https?:|www\.|pic\.)/;

/**
 * Whether the sentence after a boundary wink chose goes on with the one before it. `tail` is the
 * text glued to the end of the sentence before (no white space inside), `head` the same at the
 * start of the next; `glued` when no white space separates them, `gap` the white space.
 *
 * @example
 * continuesAfter('(D-Calif.)', ',', false, ' '); // true: "Rep. Ann Ray (D-Calif.), who …"
 */
export function continuesAfter(tail: string, head: string, glued: boolean, gap: string): boolean {
  // ", who chairs it": no sentence opens with a comma, semicolon, colon or closing bracket
  // ("Rep. Ann Ray (D-Calif.), who …", "“When will it stop?”, the judge asked").
  if (/^[,;:)\]]/.test(head)) return true;
  // Inside a word: "ShopNow.com", "a Ph.D. from Yale", "(D-N.Y.)", "the A.F.L.-C.I.O."; not a
  // run-on join such as "two families.al-Masri family" (a capital follows).
  if (glued && /[A-Za-z0-9]\.$/.test(tail) && (/^[a-z][^\sA-Z]*$/.test(head) || /^[A-Z]\./.test(head))) return true;
  // A state code without its last full stop: "(D-N.Y)", "(R-S.C)": one initial, then one capital
  // that no lower-case letter follows.
  if (glued && /(^|[^A-Za-z])[A-Z]\.$/.test(tail) && /^[A-Z](?![A-Za-z])/.test(head)) return true;
  if (/^[a-z]/.test(head) && !URL_START.test(head)) {
    // '“Who pays?” he asked', '“It is over.” he said', "(really?) and", "“Go!” and left",
    // "Sen. Ann Ray (D-Vt.) said", "Ann Ray, R-Ga. said".
    return /[.!?]['"”’»)\]]+$/.test(tail) || /[!?]$/.test(tail) || ABBREVIATION.test(tail);
  }
  // "Sen. Tim Li (I-Vt.) — the rival — left": a dash after a parenthesis mid-line.
  if (DASH.test(head) && !gap.includes('\n')) return /\.\)$/.test(tail);
  // "Maj. Gen. Tim Ray", "the Rev. Ann Lowe": titles wink does not know.
  if (/^[A-Z]/.test(head)) {
    const title = /(?:^|[^A-Za-z.])([A-Z][a-z]+)\.$/.exec(tail);
    return title !== null && TITLE_ABBREVIATIONS.has(title[1]);
  }
  return false;
}

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
    const endOf = (t: number) => starts[t] + values[t].length;
    /**
     * A closing mark glued to the end of the sentence before; a quote only where a word ends
     * after it ("''Enough.'' He left", not the opening quote of "said.'Tis").
     */
    const closesPrevious = (t: number) => CLOSING.test(values[t]) && (!QUOTE.test(values[t]) || WORD_END.test(text.charAt(endOf(t))));
    // A line that ends without punctuation before a line that opens with a capital is a heading
    // or a list item ("Raqqa in the next phase\nElsewhere, troops …"), unless the text is
    // hard-wrapped: then some line breaks fall inside sentences ("the\nministry said").
    const headingLines = !HARD_WRAP.test(text);
    const startsLine = (i: number) => {
      let j = i - 1;
      while (j >= 0 && blank[j]) j--;
      return j >= 0 && /^[A-Z]/.test(values[i]) && /[A-Za-z0-9]$/.test(values[j]) && text.slice(endOf(j), starts[i]).includes('\n');
    };
    const ranges: [number, number][] = [];
    /** A sentence's token range without the white-space tokens at its ends. */
    const pushTrimmed = (first: number, last: number) => {
      while (first <= last && blank[first]) first++;
      while (last >= first && blank[last]) last--;
      if (first > last) return;
      const prev = ranges[ranges.length - 1];
      if (prev && !breakBefore[first]) {
        // "''Enough.'' He left": wink ends the sentence between the two apostrophes.
        while (first <= last && starts[first] === endOf(prev[1]) && closesPrevious(first)) {
          prev[1] = first++;
          while (first <= last && blank[first]) first++;
        }
        if (first > last) return;
        const end = endOf(prev[1]);
        const tail = /\S*$/.exec(text.slice(Math.max(0, end - 40), end))![0];
        const head = /^\S*/.exec(text.slice(starts[first], starts[first] + 40))![0];
        if (continuesAfter(tail, head, starts[first] === end, text.slice(end, starts[first]))) {
          prev[1] = last;
          return;
        }
      }
      ranges.push([first, last]);
    };
    doc.sentences().each((s: ItemSentence) => {
      const tokens = s.tokens();
      if (tokens.length() === 0) return;
      let first = tokens.itemAt(0).index();
      const last = tokens.itemAt(tokens.length() - 1).index();
      for (let i = first + 1; i <= last; i++) {
        if (breakBefore[i] || (headingLines && startsLine(i))) { pushTrimmed(first, i - 1); first = i; }
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
