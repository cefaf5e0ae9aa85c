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
 * - `incidents_rtree`: each listed (not merged away), placed incident's point in an R*Tree, so
 *   `bbox` and `near` find the incidents in a box with one lookup instead of reading a whole
 *   latitude band. R*Tree coordinates are 32-bit floats rounded outward, so the exact `lat` and
 *   `lon` ride along as auxiliary columns, with the incident's id and listing order key `k`: a
 *   box alone is listed from the R*Tree without touching `incidents` until the page is known.
 * - `incidents_fts`: full text per incident (FTS rowid = the incident's key): the titles and
 *   texts of the reports behind its events. A word's matches are then incidents directly, so a
 *   listing can test "does this incident match" with one set built per query instead of joining
 *   every matching report through its events. Contentless (the text stays in `reports`), rebuilt
 *   for an incident by triggers whenever its links, its events or their reports change. A query
 *   of several words matches an incident whose reports hold them between them; the listing
 *   checks those against `reports_fts` (every word in one report), as before.
 */
const span = (r: string) => `CASE WHEN ${r}.date_from IS NULL OR ${r}.date_to IS NULL THEN 0
  ELSE COALESCE(CAST(julianday(${r}.date_to) - julianday(${r}.date_from) + 1 AS INTEGER), 1000000) END`;

const point = (r: string) => `INSERT OR REPLACE INTO incidents_rtree (n, min_lat, max_lat, min_lon, max_lon, k, id, lat, lon)
    SELECT k.n, ${r}.lat, ${r}.lat, ${r}.lon, ${r}.lon, COALESCE(${r}.date_from, '~'), ${r}.id, ${r}.lat, ${r}.lon FROM incident_keys k
    WHERE k.id = ${r}.id AND ${r}.lat IS NOT NULL AND ${r}.lon IS NOT NULL AND ${r}.merged_into IS NULL;`;

/** Statements that rebuild the full-text row of each incident id `ids` (a subquery) yields. */
const reindex = (ids: string) => `
  DELETE FROM incidents_fts WHERE rowid IN (SELECT n FROM incident_keys WHERE id IN (${ids}));
  INSERT INTO incidents_fts (rowid, title, text)
    SELECT k.n, group_concat(r.title, char(10)), group_concat(r.text, char(10))
    FROM incident_keys k JOIN incident_events ie ON ie.incident = k.id JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report
    WHERE k.id IN (${ids}) GROUP BY k.n;`;

/** Incidents linked to the events of report `r`. */
const ofReport = (r: string) => `SELECT ie.incident FROM events e JOIN incident_events ie ON ie.event = e.id WHERE e.report = ${r}`;

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

CREATE VIRTUAL TABLE incidents_rtree USING rtree(n, min_lat, max_lat, min_lon, max_lon, +k, +id, +lat, +lon);
INSERT INTO incidents_rtree (n, min_lat, max_lat, min_lon, max_lon, k, id, lat, lon)
  SELECT k.n, i.lat, i.lat, i.lon, i.lon, COALESCE(i.date_from, '~'), i.id, i.lat, i.lon FROM incidents i JOIN incident_keys k ON k.id = i.id
  WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL AND i.merged_into IS NULL;

CREATE VIRTUAL TABLE incidents_fts USING fts5(
  title, text, content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO incidents_fts (rowid, title, text)
  SELECT k.n, group_concat(r.title, char(10)), group_concat(r.text, char(10))
  FROM incident_keys k JOIN incident_events ie ON ie.incident = k.id JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report
  GROUP BY k.n;

CREATE TRIGGER incidents_bounds_insert AFTER INSERT ON incidents BEGIN
  INSERT OR IGNORE INTO incident_keys (id) VALUES (new.id);
  UPDATE incident_span SET days = MAX(days, ${span('new')});
  ${point('new')}
  ${reindex('SELECT new.id')}
END;
CREATE TRIGGER incidents_bounds_dates AFTER UPDATE OF date_from, date_to ON incidents BEGIN
  UPDATE incident_span SET days = MAX(days, ${span('new')});
END;
CREATE TRIGGER incidents_bounds_place AFTER UPDATE OF lat, lon, date_from, merged_into ON incidents
WHEN old.lat IS NOT new.lat OR old.lon IS NOT new.lon OR old.date_from IS NOT new.date_from OR old.merged_into IS NOT new.merged_into BEGIN
  DELETE FROM incidents_rtree WHERE n = (SELECT n FROM incident_keys WHERE id = old.id);
  ${point('new')}
END;
CREATE TRIGGER incidents_bounds_delete AFTER DELETE ON incidents BEGIN
  DELETE FROM incidents_rtree WHERE n = (SELECT n FROM incident_keys WHERE id = old.id);
  DELETE FROM incidents_fts WHERE rowid = (SELECT n FROM incident_keys WHERE id = old.id);
  DELETE FROM incident_keys WHERE id = old.id;
END;

CREATE TRIGGER incidents_fts_link AFTER INSERT ON incident_events BEGIN ${reindex('SELECT new.incident')} END;
CREATE TRIGGER incidents_fts_unlink AFTER DELETE ON incident_events BEGIN ${reindex('SELECT old.incident')} END;
CREATE TRIGGER incidents_fts_event_insert AFTER INSERT ON events BEGIN
  ${reindex('SELECT incident FROM incident_events WHERE event = new.id')}
END;
CREATE TRIGGER incidents_fts_event_report AFTER UPDATE OF report ON events WHEN old.report IS NOT new.report BEGIN
  ${reindex('SELECT incident FROM incident_events WHERE event = new.id')}
END;
CREATE TRIGGER incidents_fts_event_delete AFTER DELETE ON events BEGIN
  ${reindex('SELECT incident FROM incident_events WHERE event = old.id')}
END;
CREATE TRIGGER incidents_fts_report_insert AFTER INSERT ON reports BEGIN ${reindex(ofReport('new.id'))} END;
CREATE TRIGGER incidents_fts_report_text AFTER UPDATE OF title, text ON reports
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN ${reindex(ofReport('new.id'))} END;
CREATE TRIGGER incidents_fts_report_delete AFTER DELETE ON reports BEGIN ${reindex(ofReport('old.id'))} END;
`;
