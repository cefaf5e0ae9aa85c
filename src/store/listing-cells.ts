/**
 * The listing's spatial grid (migration 6, both stores): each placed incident has a `grid_cell`,
 * an integer naming the 0.2° × 0.2° cell its point lies in, and an index orders the incidents of
 * each cell by the listing order key. A `near` or `bbox` listing then merges the few cells that
 * cover its box in listing order, and stops once it has a page: it reads about a page of rows, not
 * every incident in the box.
 *
 * The cell formula is written three times, and must stay the same in all: here
 * ({@link gridCell}), in SQLite's migration 6 and in PostgreSQL's. Each uses the same double
 * arithmetic (clamp, add, multiply, truncate), so a point and the box around it fall in the same
 * cell rows and columns in JS and in SQL.
 */
import type { IncidentQuery } from './store.js';

/** Cells per degree of latitude and of longitude (a cell is 0.2° on a side: 22 km north–south). */
export const CELLS_PER_DEGREE = 5;
/** The cell number is `row × CELL_COLUMNS + column`; columns run 0 … 1800 (−180° … 180°). */
export const CELL_COLUMNS = 2000;
/** A box covering more cells than this is not merged cell by cell (the listing walks its order instead). */
export const MAX_MERGED_CELLS = 64;

const EARTH_RADIUS_KM = 6371.0088; // as geo/distance.ts
const LAST_COLUMN = 360 * CELLS_PER_DEGREE;
const LAST_ROW = 180 * CELLS_PER_DEGREE;

const row = (lat: number) => Math.trunc((Math.min(Math.max(lat, -90), 90) + 90) * CELLS_PER_DEGREE);
const column = (lon: number) => Math.trunc((Math.min(Math.max(lon, -180), 180) + 180) * CELLS_PER_DEGREE);

/**
 * The grid cell of a point, as migration 6 computes `grid_cell` in SQL.
 *
 * @example
 * gridCell(36.34, 43.13); // 631 * 2000 + 1115 = 1263115
 */
export function gridCell(lat: number, lon: number): number {
  return row(lat) * CELL_COLUMNS + column(lon);
}

/** A latitude band and the longitude ranges (one, or two across the antimeridian) a query can match in. */
export interface CoverBox { south: number; north: number; lons: [number, number][] }

/**
 * The box holding every point within `km` of a centre on the sphere `distanceKm` measures on
 * (exact, with a small margin for rounding): latitude ± the angular radius; longitude ± asin(sin δ
 * / cos φ), or every longitude when the circle reaches a pole. Longitude ranges crossing ±180° are
 * split in two.
 *
 * @example
 * nearCover({ lat: 0, lon: 179.9, km: 50 }).lons; // [[179.45…, 180], [-180, -179.65…]]
 */
export function nearCover(near: { lat: number; lon: number; km: number }): CoverBox {
  const delta = (Math.max(0, near.km) / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-12; // radians
  const dLat = (delta * 180) / Math.PI;
  const south = Math.max(-90, near.lat - dLat);
  const north = Math.min(90, near.lat + dLat);
  const cos = Math.cos((near.lat * Math.PI) / 180);
  const s = Math.sin(delta) / cos;
  if (north >= 90 || south <= -90 || !(s < 1) || delta >= Math.PI / 2) return { south, north, lons: [[-180, 180]] };
  const dLon = (Math.asin(s) * 180) / Math.PI * (1 + 1e-9);
  return { south, north, lons: lonRanges(near.lon - dLon, near.lon + dLon) };
}

/** Longitude ranges of `west … east` (east may exceed 180 or west fall under −180), split at the antimeridian. */
function lonRanges(west: number, east: number): [number, number][] {
  if (east - west >= 360) return [[-180, 180]];
  if (west < -180) return [[west + 360, 180], [-180, east]];
  if (east > 180) return [[west, 180], [-180, east - 360]];
  return [[west, east]];
}

/** The cover box of a `near` or `bbox` query (a bbox whose west is east of its east crosses the antimeridian). */
export function queryCover(q: IncidentQuery): CoverBox | null {
  if (q.near) return nearCover(q.near);
  if (!q.bbox) return null;
  const { south, north, west, east } = q.bbox;
  return { south, north, lons: west <= east ? [[west, east]] : [[west, 180], [-180, east]] };
}

/**
 * The grid cells covering a `near` or `bbox` query's box, ascending; null when the query has
 * neither, or its box needs more than `max` cells (then merging cells would read more than it saves).
 *
 * @example
 * coveringCells({ near: { lat: 36.34, lon: 43.13, km: 25 } })?.length; // 12 (3 rows × 4 columns)
 */
export function coveringCells(q: IncidentQuery, max = MAX_MERGED_CELLS): number[] | null {
  const box = queryCover(q);
  if (!box || box.south > box.north) return null;
  const rows = row(box.north) - row(box.south) + 1;
  const columns = box.lons.map(([w, e]) => (w <= e ? [column(w), column(e)] : null)).filter((c): c is number[] => c !== null);
  const width = columns.reduce((n, [w, e]) => n + e - w + 1, 0);
  if (rows * width > max) return null;
  const cells = new Set<number>();
  for (let r = row(box.south); r <= Math.min(row(box.north), LAST_ROW); r++) {
    for (const [w, e] of columns) for (let c = w; c <= Math.min(e, LAST_COLUMN); c++) cells.add(r * CELL_COLUMNS + c);
  }
  return [...cells].sort((a, b) => a - b);
}

/**
 * The share of the cover cells' area inside a `near` circle (1 for a bbox, whose cells it nearly
 * fills): the listing reads about `page / share` rows to find a page.
 *
 * @example
 * coverShare({ near: { lat: 36.34, lon: 43.13, km: 25 } }, 12); // ≈ 0.4
 */
export function coverShare(q: IncidentQuery, cells: number): number {
  if (!q.near || cells === 0) return 1;
  const cellKm2 = (111.195 / CELLS_PER_DEGREE) ** 2 * Math.max(0.01, Math.cos((q.near.lat * Math.PI) / 180));
  return Math.min(1, (Math.PI * q.near.km ** 2) / (cells * cellKm2));
}
