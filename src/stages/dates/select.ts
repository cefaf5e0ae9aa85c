import { PERIOD_PARTS, TIME_OF_DAY, type PeriodPart } from '../../lexicon/dates.js';
import type { DateCandidate } from './candidate.js';

/**
 * Keep one candidate per stretch of text: the longest wins ("this January" over "January",
 * "October 2016" over "2016"), then the earliest.
 *
 * @example
 * selectLongest([{ start: 0, end: 12, … }, { start: 5, end: 12, … }]); // the first only
 */
export function selectLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  const byLength = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of byLength) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const RANGE_GAP = /^\s*(?:-|–|—|to|until|till|through)\s*$/i;
const AND_GAP = /^\s*and\s*$/i;
/** "October 9 or October 10, 2023": an uncertain day, read as the interval of both. */
const OR_GAP = /^\s*or\s*$/i;

/**
 * Join two calendar dates that the text presents as one range: "October 2016 to March 2017",
 * "2014-2017", "between 7 October and 9 October". Each side keeps its own fields.
 *
 * @example
 * mergeRanges('between 2014 and 2016', [a2014, a2016]); // one candidate over the whole phrase
 */
export function mergeRanges(text: string, sorted: readonly DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (b && a.expr.kind === 'calendar' && b.expr.kind === 'calendar' && !a.expr.end && !b.expr.end) {
      const gap = text.slice(a.end, b.start);
      const between = /\bbetween\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
      if (RANGE_GAP.test(gap) || OR_GAP.test(gap) || (between && AND_GAP.test(gap))) {
        out.push({
          ...a,
          start: between ? a.start - between[0].length : a.start,
          end: b.end,
          expr: { kind: 'calendar', start: a.expr.start, end: b.expr.start },
          confidence: Math.min(a.confidence, b.confidence),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const PART_BEFORE = PERIOD_PARTS.map((p) => ({ re: new RegExp(`\\b(?:${p.pattern})[ \\t]*$`, 'i'), part: p.part }));
const TIME_BEFORE = new RegExp(`\\b(?:${TIME_OF_DAY.prefix})[ \\t]+$`, 'i');
const TIME_AFTER = new RegExp(`^[ \\t]+(?:${TIME_OF_DAY.suffix})\\b`, 'i');

/** True when a candidate names a whole month, year or relative period that a part can narrow. */
function narrowable(c: DateCandidate): boolean {
  const e = c.expr;
  if (e.kind === 'calendar') return e.start.day === undefined && !e.end;
  if (e.kind !== 'relative') return false;
  const r = e.rule;
  return r.kind === 'month-name' || (r.kind === 'period' && r.unit !== 'week' && r.extent === 'whole')
    || (r.kind === 'ago' && (r.unit === 'month' || r.unit === 'year'));
}

/** True when a candidate is a single day that a time of day can qualify. */
function dayLike(c: DateCandidate): boolean {
  const e = c.expr;
  if (e.kind === 'weekday') return true;
  if (e.kind === 'calendar') return e.start.day !== undefined && !e.end;
  return e.kind === 'relative' && e.rule.kind === 'day';
}

/**
 * Take in the words around a candidate that qualify it: "mid-March", "late last year" narrow
 * the interval to a third (`part`); "the night of 12 October", "Thursday morning" only widen
 * the span.
 *
 * @example
 * extendCandidates('fighting in mid-March', [march]); // starts at "mid-", part 'mid'
 */
export function extendCandidates(text: string, candidates: readonly DateCandidate[]): DateCandidate[] {
  return candidates.map((c) => {
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    if (narrowable(c)) {
      for (const { re, part } of PART_BEFORE) {
        const m = re.exec(before);
        if (m) return withPart(c, c.start - m[0].length, part);
      }
      return c;
    }
    if (!dayLike(c)) return c;
    const pre = TIME_BEFORE.exec(before);
    const post = TIME_AFTER.exec(text.slice(c.end, c.end + 16));
    return { ...c, start: pre ? c.start - pre[0].length : c.start, end: post ? c.end + post[0].length : c.end };
  });
}

function withPart(c: DateCandidate, start: number, part: PeriodPart): DateCandidate {
  return { ...c, start, part };
}
