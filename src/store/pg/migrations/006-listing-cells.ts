/**
 * PostgreSQL migration 6 (SQLite's `006-listing-cells`): a spatial grid ordered by the listing
 * key. Frozen once released.
 *
 * - `incidents.grid_cell`: the 0.2° × 0.2° cell of the incident's point, the same number as in
 *   SQLite and `listing-cells.ts` (`gridCell`): row × 2000 + column, row = trunc((lat + 90) × 5),
 *   column = trunc((lon + 180) × 5), each coordinate clamped to its range first; NULL when
 *   unplaced. A stored generated column (adding it rewrites the table once).
 * - `incidents_cell_order`: listed incidents by (cell, listing order key, id), the point in the
 *   leaves. A listing merges the cells covering its box (`UNION ALL … ORDER BY`, a Merge Append
 *   of index scans) and stops once it has a page. `date_from` is in the leaves too: PostgreSQL
 *   returns the order-key expression from an index-only scan only when its column is there
 *   (Mosul 25 km at 30,000 incidents, vacuumed: 0.35 ms, against 13 ms for bitmap scans and sorts).
 */
export const sql = `
ALTER TABLE incidents ADD COLUMN grid_cell integer GENERATED ALWAYS AS (
  (trunc((least(greatest(lat, -90), 90) + 90) * 5) * 2000 + trunc((least(greatest(lon, -180), 180) + 180) * 5))::integer
) STORED;
CREATE INDEX incidents_cell_order ON incidents (grid_cell, (COALESCE(date_from, '~')), id) INCLUDE (lat, lon, date_from)
  WHERE merged_into IS NULL;
`;
