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
export const segment: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['sentence', 'token'],
  run(report) {
    const nlp = wink();
    const its = nlp.its;
    const text = report.text;
    const spans: Span[] = [];
    let sentenceIndex = 0;
    // Paragraphs first: wink would otherwise join a headline with the next paragraph.
    const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
    for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
      if (!/\S/.test(m[0])) continue;
      const base = m.index;
      const doc = nlp.readDoc(m[0]);
      let offset = 0;
      const starts: number[] = [];
      const ends: number[] = [];
      // Whole-collection reads are much cheaper than one out() call per token.
      const all = doc.tokens();
      const values = all.out() as string[];
      const spaces = all.out(its.precedingSpaces) as string[];
      const pos = all.out(its.pos) as string[];
      const types = all.out(its.type) as string[];
      const toks: { start: number; end: number; pos: string; type: string }[] = new Array(values.length);
      for (let i = 0; i < values.length; i++) {
        offset += spaces[i].length;
        toks[i] = { start: base + offset, end: base + offset + values[i].length, pos: pos[i], type: types[i] };
        offset += values[i].length;
      }
      doc.sentences().each((s: ItemSentence) => {
        const tokens = s.tokens();
        if (tokens.length() === 0) return;
        const first = tokens.itemAt(0);
        const last = tokens.itemAt(tokens.length() - 1);
        starts.push(first.index());
        ends.push(last.index());
      });
      starts.forEach((firstTok, k) => {
        const lastTok = ends[k];
        const start = toks[firstTok].start;
        const end = toks[lastTok].end;
        const index = sentenceIndex++;
        if (end <= start) return;
        spans.push(makeSpan(report, { start, end, label: 'sentence', value: { index }, stage: 'segment' }));
        for (let i = firstTok; i <= lastTok; i++) {
          const t = toks[i];
          if (t.end <= t.start) continue;
          // Built directly rather than through makeSpan: offsets come from wink's own tokens,
          // and this loop runs once per token of every report.
          const tokenText = text.slice(t.start, t.end);
          spans.push({
            start: t.start, end: t.end, text: tokenText, label: 'token', confidence: 1, stage: 'segment',
            value: { sentence: index, pos: t.pos, type: t.type, norm: tokenText.toLowerCase() },
          } satisfies Span<'token'>);
        }
      });
    }
    return { spans };
  },
};
