import { makeSpan } from '../report/report.js';
import type { Report, Span } from '../report/types.js';
import type { Stage } from '../pipeline/stage.js';
import { parseIso } from './dates/calendar.js';
import { chronoCandidates } from './dates/chrono.js';
import { betweenCandidates, relativeCandidates, yearCandidates } from './dates/lexical.js';
import { extendCandidates, mergeRanges, selectLongest } from './dates/select.js';
import { resolveCandidate } from './dates/resolve.js';
import { reanchor } from './dates/anchors.js';
import type { DateCandidate } from './dates/candidate.js';

/** Sentence ranges in offset order, to keep a date inside one sentence. */
function sentenceRanges(report: Report): { start: number; end: number }[] {
  return report.spans.filter((s) => s.label === 'sentence').map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
}

/** True when the candidate lies inside one sentence (or there are no sentences to check). */
function withinOneSentence(c: DateCandidate, sentences: { start: number; end: number }[]): boolean {
  if (sentences.length === 0) return true;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= c.start) lo = mid; else hi = mid - 1;
  }
  const s = sentences[lo];
  return c.start >= s.start && c.end <= s.end;
}

/**
 * Every date expression in the report, as a `date` span whose value is an interval resolved
 * against `report.meta.published`. chrono-node reads calendar dates and weekdays; the lexicon
 * (`src/lexicon/dates.ts`) reads relative expressions and bare years; the news conventions
 * (a weekday is the one before publication, a month without a year the latest one not after
 * it) live in `dates/resolve.ts`. Without a publication date, relative dates stay unresolved
 * (`from`/`to` null) and the stage says so in a warning. Inside a stretch the report copied from
 * an earlier one (`meta.anchors`), a relative date is read against that report's date instead
 * (`dates/anchors.ts`).
 *
 * @example
 * const r = buildPipeline([segment, dates]).run(createReport('The market was hit on Thursday.', { published: '2017-04-04' }));
 * spansOf(r, 'date')[0].value; // { from: '2017-03-30', to: '2017-03-30', precision: 'day', stated: false, … }
 */
export const dates: Stage = {
  name: 'dates',
  requires: ['sentence'],
  assigns: ['date'],
  run(report, ctx) {
    const text = report.text;
    const warnings: string[] = [];
    const published = parseIso(report.meta.published);
    if (report.meta.published && !published) warnings.push(`publication date "${report.meta.published}" is not a YYYY-MM-DD day; relative dates left unresolved`);
    const maxYear = (published?.year ?? new Date().getUTCFullYear()) + 10;
    const found = [
      ...chronoCandidates(text, ctx.trace),
      ...relativeCandidates(text),
      ...betweenCandidates(text),
      ...yearCandidates(text, maxYear),
    ];
    const chosen = extendCandidates(text, mergeRanges(text, selectLongest(found)));
    const sentences = sentenceRanges(report);
    const spans: Span[] = [];
    let unresolved = 0;
    let reanchored = 0;
    for (const c of chosen) {
      if (!withinOneSentence(c, sentences)) { ctx.trace(`skip "${text.slice(c.start, c.end)}" at ${c.start}: crosses a sentence end`); continue; }
      const literal = resolveCandidate(c, published);
      if (!literal) { ctx.trace(`skip "${text.slice(c.start, c.end)}" at ${c.start}: not a real day`); continue; }
      // In a sentence copied from an earlier report, a relative date means what it meant there.
      const value = reanchor(c, literal, report.meta.anchors, report.meta.published);
      if (value.reanchored) reanchored++;
      if (value.unresolved) unresolved++;
      ctx.trace(`${c.source} "${text.slice(c.start, c.end)}" at ${c.start}-${c.end} → ${value.from ?? '?'}..${value.to ?? '?'}`);
      spans.push(makeSpan(report, { start: c.start, end: c.end, label: 'date', value, stage: 'dates', confidence: c.confidence }));
    }
    if (unresolved > 0) warnings.push(`${unresolved} date expression(s) left unresolved: no publication date`);
    if (reanchored > 0) warnings.push(`${reanchored} relative date(s) in copied sentences read against the date of the report they were copied from`);
    return { spans, warnings };
  },
};
