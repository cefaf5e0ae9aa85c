/**
 * PostgreSQL migration 5 (SQLite's `005-listing-bounds`): what a listing needs to read only the
 * rows that can match. Frozen once released.
 *
 * - `incident_span`: one row, the longest incident date interval in days (plus one), kept by a
 *   trigger. `since` then also bounds the order key (`date_from >= since - span`). It only grows;
 *   the trigger updates the row only when a span exceeds it, so concurrent writers do not queue
 *   on it. A date PostgreSQL cannot read counts as 1,000,000 days (no bound).
 * - `incidents_point`: a GiST index on `point(lon, lat)`, so `bbox` and `near` read the incidents
 *   in their box instead of a latitude band. (SQLite uses an R*Tree for the same.)
 */
export const sql = `
CREATE FUNCTION incident_span_days(date_from text, date_to text) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF date_from IS NULL OR date_to IS NULL THEN RETURN 0; END IF;
  RETURN (date_to::date - date_from::date) + 1;
EXCEPTION WHEN others THEN
  RETURN 1000000;
END $$;

CREATE TABLE incident_span (
  one   integer PRIMARY KEY CHECK (one = 1),
  days  integer NOT NULL
);
INSERT INTO incident_span (one, days) SELECT 1, COALESCE(MAX(incident_span_days(date_from, date_to)), 0) FROM incidents;

CREATE FUNCTION incident_span_keep() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE d integer := incident_span_days(NEW.date_from, NEW.date_to);
BEGIN
  UPDATE incident_span SET days = d WHERE days < d;
  RETURN NULL;
END $$;
CREATE TRIGGER incidents_span AFTER INSERT OR UPDATE OF date_from, date_to ON incidents
  FOR EACH ROW EXECUTE FUNCTION incident_span_keep();

CREATE INDEX incidents_point ON incidents USING gist (point(lon, lat)) WHERE lat IS NOT NULL AND lon IS NOT NULL;
`;
