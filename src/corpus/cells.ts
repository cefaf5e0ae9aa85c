/**
 * Index cells for incident resolution: an event is compared only with incidents sharing a cell,
 * so resolving a corpus costs about one index lookup per event, not a scan of every incident.
 *
 * A cell joins a date bucket ({@link DATE_BUCKET_DAYS} days) and a place grid square
 * ({@link PLACE_CELL_DEGREES}°). Keys include the neighbouring buckets and squares, and the same
 * function gives an incident's keys and an event's lookup keys, so an event and an incident within
 * a few days and a few tens of kilometres always share one. Cells only preselect: `resolve.ts`
 * decides.
 */
import type { IsoDate, PlacePrecision } from '../report/types.js';
import { DATE_BUCKET_DAYS, PLACE_CELL_DEGREES, VAGUE_DATE_DAYS } from '../lexicon/incident-match.js';

/** What cells are computed from: an event or an incident. */
export interface Locatable {
  date: { from: IsoDate; to: IsoDate } | null;
  place: { country: string; lat: number; lon: number; precision: PlacePrecision } | null;
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`), or NaN when it is not one.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(iso: IsoDate): number {
  let n = days.get(iso);
  if (n === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    n = m ? Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS) : NaN;
    // Resolution compares the same few thousand dates over and over.
    if (days.size > 100_000) days.clear();
    days.set(iso, n);
  }
  return n;
}
const days = new Map<string, number>();

/**
 * Length of a date interval in days (1 for a single day).
 *
 * @example
 * intervalDays({ from: '2017-03-01', to: '2017-03-31' }); // 31
 */
export function intervalDays(d: { from: IsoDate; to: IsoDate }): number {
  return dayNumber(d.to) - dayNumber(d.from) + 1;
}

/** The months (`YYYY-MM`) an interval touches. */
function monthsOf(d: { from: IsoDate; to: IsoDate }): string[] {
  const out: string[] = [];
  let y = Number(d.from.slice(0, 4));
  let m = Number(d.from.slice(5, 7));
  const endY = Number(d.to.slice(0, 4));
  const endM = Number(d.to.slice(5, 7));
  for (let i = 0; i < 24 && (y < endY || (y === endY && m <= endM)); i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * The index cells of an event or incident. A dated, placed one (city, district or point; a
 * region reaches two squares out) gets `d<bucket>|g<lat>:<lon>` keys for every bucket of its date
 * interval and the next one either side, times its grid square and its neighbours. One whose
 * date is vague (longer than {@link VAGUE_DATE_DAYS} days) or whose place is a whole country
 * gets coarse `c|<country>|<YYYY-MM>` keys; one with no date or no place gets none, as there is
 * nothing to match it on.
 *
 * @example
 * cellsFor({ date: { from: '2017-03-17', to: '2017-03-17' },
 *   place: { country: 'IQ', lat: 36.33, lon: 43.1, precision: 'district' } }).length; // 3 buckets × 9 squares = 27
 */
export function cellsFor(x: Locatable): string[] {
  const { date, place } = x;
  if (!date || !place) return [];
  const from = dayNumber(date.from);
  const to = dayNumber(date.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  if (place.precision === 'country' || to - from + 1 > VAGUE_DATE_DAYS) {
    return monthsOf(date).map((m) => `c|${place.country}|${m}`);
  }
  const reach = place.precision === 'region' ? 2 : 1;
  const lat = Math.floor(place.lat / PLACE_CELL_DEGREES);
  const lon = Math.floor(place.lon / PLACE_CELL_DEGREES);
  const squares: string[] = [];
  for (let i = -reach; i <= reach; i++) for (let j = -reach; j <= reach; j++) squares.push(`g${lat + i}:${lon + j}`);
  const out: string[] = [];
  const first = Math.floor(from / DATE_BUCKET_DAYS) - 1;
  const last = Math.floor(to / DATE_BUCKET_DAYS) + 1;
  for (let b = first; b <= last; b++) for (const s of squares) out.push(`d${b}|${s}`);
  return out;
}
