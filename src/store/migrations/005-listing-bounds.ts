/**
 * Migration 5 (API speed, issue 5): what a listing needs to read only the rows that can match.
 * Frozen once released.
 *
 * - `incident_span`: one row, the longest date interval of any incident in days (rounded up,
 *   plus one), kept by triggers. `since` keeps incidents whose `date_to >= since`; with the span
 *   that also means `date_from >= since - span`, a bound on the listing's order key, so the index
 *   scan starts near `since` instead of at the oldest incident. It only grows (an analyst who
 *   shortens a date leaves it as it was): a loose bound reads more rows, never misses one. A date
 *   `julianday` cannot read counts as a span of 1,000,000 days (no bound).
 * - `incident_keys`: a stable integer per incident id. `incidents` has a text primary key, and
 *   SQLite may renumber such a table's rowids (VACUUM), so the R*Tree is keyed by this instead.
 * - `incidents_rtree`: each placed incident's point (`lat`, `lon`) in an R*Tree, so `bbox` and
 *   `near` find the incidents in a box with one lookup instead of reading a whole latitude band.
 *   R*Tree coordinates are 32-bit floats rounded outward: the listing keeps its exact `lat`/`lon`
 *   conditions.
 */
const span = (r: string) => `CASE WHEN ${r}.date_from IS NULL OR ${r}.date_to IS NULL THEN 0
  ELSE COALESCE(CAST(julianday(${r}.date_to) - julianday(${r}.date_from) + 1 AS INTEGER), 1000000) END`;

const point = (r: string) => `INSERT OR REPLACE INTO incidents_rtree (n, min_lat, max_lat, min_lon, max_lon)
    SELECT k.n, ${r}.lat, ${r}.lat, ${r}.lon, ${r}.lon FROM incident_keys k
    WHERE k.id = ${r}.id AND ${r}.lat IS NOT NULL AND ${r}.lon IS NOT NULL;`;

export const sql = `
CREATE TABLE incident_span (
  one   INTEGER PRIMARY KEY CHECK (one = 1),
  days  INTEGER NOT NULL
);
INSERT INTO incident_span (one, days) SELECT 1, COALESCE(MAX(${span('incidents')}), 0) FROM incidents;

CREATE TABLE incident_keys (
  n   INTEGER PRIMARY KEY,
  id  TEXT NOT NULL UNIQUE
);
INSERT INTO incident_keys (id) SELECT id FROM incidents ORDER BY id;

CREATE VIRTUAL TABLE incidents_rtree USING rtree(n, min_lat, max_lat, min_lon, max_lon);
INSERT INTO incidents_rtree (n, min_lat, max_lat, min_lon, max_lon)
  SELECT k.n, i.lat, i.lat, i.lon, i.lon FROM incidents i JOIN incident_keys k ON k.id = i.id
  WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL;

CREATE TRIGGER incidents_bounds_insert AFTER INSERT ON incidents BEGIN
  INSERT OR IGNORE INTO incident_keys (id) VALUES (new.id);
  UPDATE incident_span SET days = MAX(days, ${span('new')});
  ${point('new')}
END;
CREATE TRIGGER incidents_bounds_dates AFTER UPDATE OF date_from, date_to ON incidents BEGIN
  UPDATE incident_span SET days = MAX(days, ${span('new')});
END;
CREATE TRIGGER incidents_bounds_place AFTER UPDATE OF lat, lon ON incidents
WHEN old.lat IS NOT new.lat OR old.lon IS NOT new.lon BEGIN
  DELETE FROM incidents_rtree WHERE n = (SELECT n FROM incident_keys WHERE id = old.id);
  ${point('new')}
END;
CREATE TRIGGER incidents_bounds_delete AFTER DELETE ON incidents BEGIN
  DELETE FROM incidents_rtree WHERE n = (SELECT n FROM incident_keys WHERE id = old.id);
  DELETE FROM incident_keys WHERE id = old.id;
END;
`;
