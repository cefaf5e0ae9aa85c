/**
 * The calendar date (`YYYY-MM-DD`) of a publication timestamp, or null when it is not a date.
 * An ISO timestamp keeps the date as written, in the outlet's own time zone
 * (`2017-04-04T23:30:00-05:00` → `2017-04-04`); other forms go through `Date.parse` (UTC).
 *
 * @example
 * isoDateOf('2017-04-04T10:00:00Z'); // '2017-04-04'
 * isoDateOf('Tue, 04 Apr 2017 10:00:00 GMT'); // '2017-04-04'
 */
export function isoDateOf(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return isValidIsoDate(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t).toISOString().slice(0, 10);
  return d.startsWith('-') || d.startsWith('+') ? null : d;
}

/**
 * True for a real calendar date written `YYYY-MM-DD` (`2017-02-30` is not one).
 *
 * @example
 * isValidIsoDate('2017-04-04'); // true
 */
export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
