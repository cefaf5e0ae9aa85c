/**
 * Bounds a listing query adds to its own filters so an index reads only rows that can match
 * (migration 5, both stores): a low bound on the order key for `since`, and one box for `bbox`
 * and `near`.
 */
import { nearCover } from './listing-cells.js';
import type { IncidentQuery } from './store.js';

/**
 * The lowest listing order key (`date_from`) an incident can have and still match `since`, when
 * no incident's date interval is longer than `spanDays` days: `since - spanDays`. Both stores
 * keep that longest interval (migration 5) and add `order key >= bound` to a `since` filter, so
 * an index scan in listing order starts near `since` instead of at the oldest incident.
 *
 * Null when there is no useful bound: `since` is not a real ISO date, or the span reaches past year 1.
 *
 * @example
 * sinceBound('2020-01-01', 31); // '2019-12-01'
 */
export function sinceBound(since: string, spanDays: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || !Number.isFinite(spanDays)) return null;
  const t = Date.parse(`${since}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== since) return null; // e.g. '2017-02-30'
  const bound = new Date(t - Math.max(0, Math.ceil(spanDays)) * 86_400_000).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(bound) ? bound : null;
}

/** A query's box in degrees (south ≤ north, west ≤ east). */
export interface Box { south: number; north: number; west: number; east: number }

/**
 * The box of a `bbox` or `near` query, for a spatial index (R*Tree, GiST); null without either,
 * or when the box would cross the antimeridian (then only the latitude band is indexed). A `near`
 * box is {@link nearCover}'s: it holds the whole circle on the sphere `distanceKm` measures on.
 *
 * @example
 * queryBox({ near: { lat: 0, lon: 0, km: 111.195 } }); // { south: ≈-1, north: ≈1, west: ≈-1, east: ≈1 }
 */
export function queryBox(q: IncidentQuery): Box | null {
  if (q.bbox) return q.bbox.west <= q.bbox.east ? q.bbox : null;
  if (!q.near) return null;
  const { south, north, lons } = nearCover(q.near);
  return lons.length === 1 ? { south, north, west: lons[0][0], east: lons[0][1] } : null;
}
