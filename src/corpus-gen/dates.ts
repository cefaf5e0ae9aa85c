import type { IsoDate } from '../report/types.js';

/** Calendar helpers on ISO dates, in UTC (no time zones: a report's day is its day). */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'] as const;

const parse = (d: IsoDate): Date => new Date(`${d}T00:00:00Z`);
const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);

/** @example addDays('2017-04-04', -5) // '2017-03-30' */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** Whole days from `a` to `b`. @example daysBetween('2017-03-30', '2017-04-04') // 5 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / 86_400_000);
}

/** @example weekdayOf('2017-04-04') // 'Tuesday' */
export function weekdayOf(date: IsoDate): string {
  return WEEKDAYS[parse(date).getUTCDay()];
}

/** First and last day of the month `monthsBack` months before `date`'s month.
 * @example monthOf('2017-04-04', 1) // { from: '2017-03-01', to: '2017-03-31', name: 'March', year: 2017 } */
export function monthOf(date: IsoDate, monthsBack = 0): { from: IsoDate; to: IsoDate; name: string; year: number } {
  const d = parse(date);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { from: iso(first), to: iso(last), name: MONTHS[first.getUTCMonth()], year: first.getUTCFullYear() };
}

/** @example dayMonth('2017-03-30') // { day: 30, month: 'March' } */
export function dayMonth(date: IsoDate): { day: number; month: string } {
  const d = parse(date);
  return { day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()] };
}
