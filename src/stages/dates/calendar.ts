/**
 * Calendar arithmetic on plain `{year, month, day}` triples (month 1–12), done in UTC so the
 * result never depends on the machine's time zone. Weeks run Monday to Sunday (ISO 8601).
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export type Unit = 'day' | 'week' | 'month' | 'year';

const MS_PER_DAY = 86_400_000;

const toUtc = (d: Ymd): number => Date.UTC(d.year, d.month - 1, d.day);

function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Parse `YYYY-MM-DD`; null when malformed or not a real day.
 *
 * @example
 * parseIso('2017-04-04'); // { year: 2017, month: 4, day: 4 }
 */
export function parseIso(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValid(d) ? d : null;
}

/**
 * True when the triple names a real calendar day (no 31 April).
 *
 * @example
 * isValid({ year: 2017, month: 4, day: 31 }); // false
 */
export function isValid(d: Ymd): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * `YYYY-MM-DD` of a triple.
 *
 * @example
 * iso({ year: 2017, month: 3, day: 6 }); // '2017-03-06'
 */
export function iso(d: Ymd): string {
  return `${String(d.year).padStart(4, '0')}-${d.month < 10 ? '0' : ''}${d.month}-${d.day < 10 ? '0' : ''}${d.day}`;
}

/**
 * Number of days in a month.
 *
 * @example
 * daysInMonth(2016, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Move a day by `n` days (negative: back).
 *
 * @example
 * addDays({ year: 2017, month: 4, day: 4 }, -5); // { year: 2017, month: 3, day: 30 }
 */
export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

/**
 * Add months, clamping the day to the target month's length (31 March − 1 month = 28/29 Feb).
 *
 * @example
 * addMonths({ year: 2017, month: 3, day: 31 }, -1); // { year: 2017, month: 2, day: 28 }
 */
export function addMonths(d: Ymd, n: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/**
 * Add a number of units; weeks are 7 days.
 *
 * @example
 * addUnits({ year: 2017, month: 4, day: 4 }, 'week', -2); // { year: 2017, month: 3, day: 21 }
 */
export function addUnits(d: Ymd, unit: Unit, n: number): Ymd {
  if (unit === 'day') return addDays(d, n);
  if (unit === 'week') return addDays(d, 7 * n);
  return addMonths(d, unit === 'year' ? 12 * n : n);
}

/**
 * 0 = Sunday … 6 = Saturday, as `Date#getDay`.
 *
 * @example
 * weekday({ year: 2017, month: 4, day: 4 }); // 2 (Tuesday)
 */
export function weekday(d: Ymd): number {
  return new Date(toUtc(d)).getUTCDay();
}

/**
 * Compare two days: negative when `a` is earlier.
 *
 * @example
 * compare({ year: 2017, month: 1, day: 1 }, { year: 2017, month: 4, day: 4 }) < 0; // true
 */
export function compare(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

/**
 * The whole calendar unit (day, Monday–Sunday week, month, year) that contains `d`.
 *
 * @example
 * unitAround({ year: 2017, month: 4, day: 4 }, 'week'); // [3 April, 9 April 2017]
 */
export function unitAround(d: Ymd, unit: Unit): [Ymd, Ymd] {
  if (unit === 'day') return [d, d];
  if (unit === 'week') {
    const monday = addDays(d, -((weekday(d) + 6) % 7));
    return [monday, addDays(monday, 6)];
  }
  if (unit === 'month') return [{ ...d, day: 1 }, { ...d, day: daysInMonth(d.year, d.month) }];
  return [{ year: d.year, month: 1, day: 1 }, { year: d.year, month: 12, day: 31 }];
}
