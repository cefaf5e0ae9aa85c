/**
 * PostgreSQL migration 7: full text per incident, as SQLite's `incidents_fts` (its migration 5).
 * Frozen once released.
 *
 * - `incident_search`: one row per incident whose events have stored reports: the concatenation
 *   (`tsvector_agg`) of those reports' `search` vectors (title and text, diacritics folded). A
 *   word's matches are then incidents directly, and a listing tests "does this incident match"
 *   against one GIN lookup instead of joining every matching report through its events per row.
 * - Kept by statement-level triggers (transition tables: one rebuild per statement for the
 *   incidents it touched, not one per row): links added or removed, events added, removed or moved
 *   to another report, reports added, removed or re-indexed. A rebuild upserts, so two
 *   transactions rebuilding one incident do not collide on its key.
 *
 * Several words must stand in one report; the listing keeps checking that on `reports.search`.
 */
export const sql = `
CREATE AGGREGATE tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE TABLE incident_search (
  incident  text COLLATE "C" PRIMARY KEY,
  search    tsvector NOT NULL
);
CREATE INDEX incident_search_gin ON incident_search USING gin (search);

INSERT INTO incident_search (incident, search)
  SELECT ie.incident, tsvector_agg(r.search) FROM incident_events ie JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report
  GROUP BY ie.incident;
ANALYZE incident_search; -- the planner's first estimates of a word's matches come from here

CREATE FUNCTION incident_search_rebuild(ids text[]) RETURNS void
LANGUAGE sql SET search_path FROM CURRENT AS $$
  DELETE FROM incident_search s WHERE s.incident = ANY(ids) AND NOT EXISTS (
    SELECT 1 FROM incident_events ie JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report WHERE ie.incident = s.incident);
  INSERT INTO incident_search (incident, search)
    SELECT ie.incident, tsvector_agg(r.search) FROM incident_events ie JOIN events e ON e.id = ie.event JOIN reports r ON r.id = e.report
    WHERE ie.incident = ANY(ids) GROUP BY ie.incident
  ON CONFLICT (incident) DO UPDATE SET search = excluded.search;
$$;

-- Links: the incidents of the rows added or removed.
CREATE FUNCTION incident_search_links() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM incident_search_rebuild(ARRAY(SELECT DISTINCT incident FROM changed));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_link AFTER INSERT ON incident_events
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_search_links();
CREATE TRIGGER incident_search_unlink AFTER DELETE ON incident_events
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_search_links();

-- Events: the incidents linked to the events added or removed.
CREATE FUNCTION incident_search_events() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM incident_search_rebuild(ARRAY(SELECT DISTINCT ie.incident FROM changed c JOIN incident_events ie ON ie.event = c.id));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_event_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_search_events();
CREATE TRIGGER incident_search_event_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_search_events();

-- An event re-put: only when it moved to another report.
CREATE FUNCTION incident_search_event_moved() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM incident_search_rebuild(ARRAY(SELECT DISTINCT ie.incident FROM after_rows a JOIN before_rows b ON b.id = a.id
    JOIN incident_events ie ON ie.event = a.id WHERE a.report IS DISTINCT FROM b.report));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_event_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_search_event_moved();

-- Reports: the incidents linked to the events of the reports added or removed.
CREATE FUNCTION incident_search_reports() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM incident_search_rebuild(ARRAY(SELECT DISTINCT ie.incident FROM changed c JOIN events e ON e.report = c.id
    JOIN incident_events ie ON ie.event = e.id));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_report_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_search_reports();
CREATE TRIGGER incident_search_report_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION incident_search_reports();

-- A report re-put: only when its words changed.
CREATE FUNCTION incident_search_report_reindexed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM incident_search_rebuild(ARRAY(SELECT DISTINCT ie.incident FROM after_rows a JOIN before_rows b ON b.id = a.id
    JOIN events e ON e.report = a.id JOIN incident_events ie ON ie.event = e.id WHERE a.search IS DISTINCT FROM b.search));
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_report_update AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_search_report_reindexed();
`;
