/**
 * Migration 6 (API speed, issue 5): a spatial grid ordered by the listing key, so a `near` or
 * `bbox` page reads about a page of rows. Frozen once released.
 *
 * - `incidents.grid_cell`: the 0.2° × 0.2° cell of the incident's point (`listing-cells.ts`,
 *   `gridCell`: row × 2000 + column, row = ⌊(lat + 90) × 5⌋, column = ⌊(lon + 180) × 5⌋, each
 *   coordinate clamped to its range first); NULL when unplaced. A virtual generated column:
 *   computed from `lat` and `lon`, never written, so no writer has to know about it.
 * - `incidents_cell_order`: listed incidents by (cell, listing order key, id), carrying the exact
 *   point. A listing merges the cells covering its box in listing order (one index range per
 *   cell, `UNION ALL … ORDER BY`, which SQLite runs as a merge of sorted co-routines) and stops
 *   once it has a page; a `near` circle is tested on the point the index holds, without reading
 *   the row (`date_from` and `merged_into`, always NULL here, are in the index only so that SQLite
 *   sees it covers the query).
 */
export const sql = `
ALTER TABLE incidents ADD COLUMN grid_cell INTEGER GENERATED ALWAYS AS (
  CAST((min(max(lat, -90), 90) + 90) * 5 AS INTEGER) * 2000 + CAST((min(max(lon, -180), 180) + 180) * 5 AS INTEGER)
) VIRTUAL;
CREATE INDEX incidents_cell_order ON incidents(grid_cell, COALESCE(date_from, '~'), id, lat, lon, date_from, merged_into)
  WHERE merged_into IS NULL;
`;
