/**
 * PostgreSQL migration 7: full text per incident, as SQLite's `incidents_fts` (its migration 5).
 * Frozen once released.
 *
 * - `incident_search`: one row per incident whose events have stored reports: the concatenation
 *   (`tsvector_agg`) of those reports' `search` vectors (title and text, diacritics folded). A
 *   word's matches are then incidents directly, and a listing tests "does this incident match"
 *   against one GIN lookup instead of joining every matching report through its events per row.
 * - Kept by row triggers that fire only on a change that matters: a link added or removed, an
 *   event added, removed or moved to another report, a report added, removed or re-indexed.
 *   (Statement-level triggers with transition tables fired on every upsert and cost ingest about
 *   60 % more PostgreSQL CPU per report.) A rebuild upserts, so two transactions rebuilding one
 *   incident do not collide on its key.
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

-- Row triggers, each firing only when what it watches changed: a link added or removed rebuilds its
-- incident; an event added, removed or moved to another report, and a report added, removed or
-- re-indexed, rebuild the incidents linked to them (usually none while ingest writes a report
-- before its events and links).
CREATE FUNCTION incident_search_link() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM incident_search_rebuild(ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD.incident ELSE NEW.incident END]);
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_link AFTER INSERT OR DELETE ON incident_events
  FOR EACH ROW EXECUTE FUNCTION incident_search_link();

CREATE FUNCTION incident_search_event() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE ids text[] := ARRAY(SELECT incident FROM incident_events
  WHERE event = CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
BEGIN
  IF cardinality(ids) > 0 THEN PERFORM incident_search_rebuild(ids); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_event AFTER INSERT OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION incident_search_event();
CREATE TRIGGER incident_search_event_moved AFTER UPDATE OF report ON events
  FOR EACH ROW WHEN (OLD.report IS DISTINCT FROM NEW.report) EXECUTE FUNCTION incident_search_event();

CREATE FUNCTION incident_search_report() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE ids text[] := ARRAY(SELECT ie.incident FROM events e JOIN incident_events ie ON ie.event = e.id
  WHERE e.report = CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
BEGIN
  IF cardinality(ids) > 0 THEN PERFORM incident_search_rebuild(ids); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER incident_search_report AFTER INSERT OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION incident_search_report();
CREATE TRIGGER incident_search_report_reindexed AFTER UPDATE OF search ON reports
  FOR EACH ROW WHEN (OLD.search IS DISTINCT FROM NEW.search) EXECUTE FUNCTION incident_search_report();
`;
