import type { DatePrecision, DateValue } from '../../report/types.js';
import { FUTURE_DATE_DAYS, type PeriodPart, type RelativeRule } from '../../lexicon/dates.js';
import type { CalendarFields, DateCandidate, DateExpr } from './candidate.js';
import {
  addDays, addUnits, compare, daysInMonth, iso, isValid, unitAround, weekday, type Ymd,
} from './calendar.js';

const UNRESOLVED = 'no publication date';

type Interval = { from: Ymd; to: Ymd; precision: DatePrecision };

/**
 * Resolve one candidate to a `DateValue` against the publication day. News is about the past:
 * a weekday is the latest one on or before publication, a month or day without a year the
 * latest one not after it. Returns null when the text names an impossible day (31 April).
 *
 * @example
 * resolveCandidate(thursday, { year: 2017, month: 4, day: 4 });
 * // { from: '2017-03-30', to: '2017-03-30', precision: 'day', stated: false, anchor: 'published:2017-04-04' }
 */
export function resolveCandidate(c: DateCandidate, published: Ymd | null): DateValue | null {
  const anchor = published ? `published:${iso(published)}` : null;
  const e = c.expr;
  if (e.kind === 'calendar') {
    const needsAnchor = e.start.year === undefined && e.end?.year === undefined;
    const precision = precisionOf(e.start);
    if (needsAnchor && !published) return unresolved(precision, true, c.part);
    const interval = calendarInterval(e.start, e.end, published);
    if (!interval) return null;
    return finish(narrow(interval, c.part), true, needsAnchor ? anchor : null, c.part);
  }
  if (!published) return unresolved(e.kind === 'weekday' ? 'day' : relativePrecision(e.rule), e.kind === 'relative' && e.rule.kind === 'month-name', c.part);
  const interval = e.kind === 'weekday' ? weekdayInterval(e, published) : relativeInterval(e, published);
  const stated = e.kind === 'relative' && e.rule.kind === 'month-name';
  return finish(narrow(interval, c.part), stated, anchor, c.part);
}

function finish(i: Interval, stated: boolean, anchor: string | null, part?: PeriodPart): DateValue {
  return { from: iso(i.from), to: iso(i.to), precision: i.precision, stated, anchor, ...(part ? { part } : {}) };
}

function unresolved(precision: DatePrecision, stated: boolean, part?: PeriodPart): DateValue {
  return { from: null, to: null, precision, stated, anchor: null, unresolved: UNRESOLVED, ...(part ? { part } : {}) };
}

function precisionOf(f: CalendarFields): DatePrecision {
  if (f.day !== undefined) return 'day';
  return f.month !== undefined ? 'month' : 'year';
}

/** The year of the latest (month, day) not more than {@link FUTURE_DATE_DAYS} days after publication. */
function latestYear(month: number, day: number, published: Ymd): number {
  const sameYear = { year: published.year, month, day: Math.min(day, daysInMonth(published.year, month)) };
  return compare(sameYear, addDays(published, FUTURE_DATE_DAYS)) <= 0 ? published.year : published.year - 1;
}

function calendarInterval(start: CalendarFields, end: CalendarFields | undefined, published: Ymd | null): Interval | null {
  const last = { ...start, ...end };
  let endYear = end?.year ?? start.year;
  if (endYear === undefined && published && last.month !== undefined) endYear = latestYear(last.month, last.day ?? 1, published);
  if (endYear === undefined) return null;
  let startYear = start.year ?? endYear;
  if (start.year === undefined && end && (start.month ?? 1) > (last.month ?? 12)) startYear = endYear - 1; // "28 December to 2 January"
  const from = { year: startYear, month: start.month ?? 1, day: start.day ?? 1 };
  const toMonth = last.month ?? 12;
  const to = { year: endYear, month: toMonth, day: last.day ?? daysInMonth(endYear, toMonth) };
  if (!isValid(from) || !isValid(to) || compare(from, to) > 0) return null;
  return { from, to, precision: precisionOf(start) };
}

function weekdayInterval(e: Extract<DateExpr, { kind: 'weekday' }>, published: Ymd): Interval {
  const pubDay = weekday(published);
  let day: Ymd;
  if (e.week !== null) {
    const [monday] = unitAround(addDays(published, 7 * e.week), 'week');
    day = addDays(monday, (e.weekday + 6) % 7);
  } else if (e.modifier === 'next') {
    day = addDays(published, ((e.weekday - pubDay + 7) % 7) || 7);
  } else if (e.modifier === 'last') {
    day = addDays(published, -(((pubDay - e.weekday + 7) % 7) || 7));
  } else {
    // "Thursday" in a Thursday story is that day (wire style names the weekday, never "today").
    day = addDays(published, -((pubDay - e.weekday + 7) % 7));
  }
  return { from: day, to: day, precision: 'day' };
}

function relativePrecision(rule: RelativeRule): DatePrecision {
  switch (rule.kind) {
    case 'day': case 'weekend': return 'day';
    case 'period': return rule.unit;
    case 'ago': case 'recent': return rule.unit;
    case 'past': return rule.unit === 'hour' ? 'day' : rule.unit;
    case 'month-name': return 'month';
  }
}

function relativeInterval(e: Extract<DateExpr, { kind: 'relative' }>, pub: Ymd): Interval {
  const rule = e.rule;
  const precision = relativePrecision(rule);
  switch (rule.kind) {
    case 'day': {
      const d = addDays(pub, rule.offset);
      return { from: d, to: d, precision };
    }
    case 'period': {
      const [a, b] = unitAround(addUnits(pub, rule.unit, rule.offset), rule.unit);
      if (rule.extent === 'to-date') return { from: a, to: pub, precision };
      if (rule.extent === 'rest') return { from: pub, to: b, precision };
      return { from: a, to: b, precision };
    }
    case 'ago': {
      const [a, b] = unitAround(addUnits(pub, rule.unit, -e.amount), rule.unit);
      return { from: a, to: b, precision };
    }
    case 'past': {
      const from = rule.unit === 'hour' ? addDays(pub, -Math.max(1, Math.ceil(e.amount / 24))) : addUnits(pub, rule.unit, -e.amount);
      return { from, to: pub, precision };
    }
    case 'recent':
      return { from: addUnits(pub, rule.lookback.unit, -rule.lookback.amount), to: pub, precision };
    case 'weekend': {
      const w = weekday(pub);
      if (w === 6) return { from: pub, to: pub, precision };
      const sunday = addDays(pub, -w);
      return { from: addDays(sunday, -1), to: sunday, precision };
    }
    case 'month-name': {
      const month = e.month ?? 1;
      let year = pub.year;
      if (rule.modifier === 'last' && month >= pub.month) year--;
      if (rule.modifier === 'next' && month <= pub.month) year++;
      const [a, b] = unitAround({ year, month, day: 1 }, 'month');
      return { from: a, to: b, precision };
    }
  }
}

/** Narrow a whole month or year to its early, middle or late third. */
function narrow(i: Interval, part: PeriodPart | undefined): Interval {
  if (!part) return i;
  const { from, to } = i;
  const k = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  const wholeMonth = from.year === to.year && from.month === to.month && from.day === 1 && to.day === daysInMonth(to.year, to.month);
  if (wholeMonth) {
    const a = { ...from, day: 1 + 10 * k };
    return { ...i, from: a, to: k === 2 ? to : { ...from, day: 10 + 10 * k } };
  }
  const wholeYear = from.year === to.year && from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
  if (wholeYear) {
    const month = 1 + 4 * k;
    return { ...i, from: { year: from.year, month, day: 1 }, to: { year: from.year, month: month + 3, day: daysInMonth(from.year, month + 3) } };
  }
  return i;
}
