import { makeSpan } from '../report/report.js';
import type { Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { wink } from '../nlp/wink.js';
import type { ItemToken, ItemSentence } from 'wink-nlp';

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
      const toks: { start: number; end: number; pos: string; type: string }[] = [];
      doc.tokens().each((t: ItemToken) => {
        offset += (t.out(its.precedingSpaces) as string).length;
        const value = t.out() as string;
        toks.push({ start: base + offset, end: base + offset + value.length, pos: t.out(its.pos) as string, type: t.out(its.type) as string });
        offset += value.length;
      });
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
          spans.push(makeSpan(report, {
            start: t.start, end: t.end, label: 'token', stage: 'segment',
            value: { sentence: index, pos: t.pos, type: t.type, norm: text.slice(t.start, t.end).toLowerCase() },
          }));
        }
      });
    }
    return { spans };
  },
};
