/**
 * Migration 1: the first schema. Frozen once released: a change is a new migration file, never an
 * edit here (a database that already applied version 1 would not see it).
 *
 * Conventions: offsets into a report's text are `char_start`/`char_end` (UTF-16 code units, as in
 * the analysis JSON); JSON columns hold the same objects as the TypeScript types; dates are ISO
 * `YYYY-MM-DD` text, timestamps ISO text. Foreign keys are deferred, so rows of one transaction
 * may be written in any order.
 */
export const sql = `
CREATE TABLE reports (
  seq           INTEGER PRIMARY KEY,          -- stable integer key for the FTS index
  id            TEXT NOT NULL UNIQUE,
  url           TEXT,
  outlet        TEXT,
  title         TEXT,
  byline        TEXT,
  published     TEXT,
  language      TEXT NOT NULL,
  text          TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  ingested_at   TEXT NOT NULL,
  copy_of       TEXT,
  copy_group    TEXT NOT NULL,
  stitched      INTEGER NOT NULL DEFAULT 0 CHECK (stitched IN (0, 1)),
  analysis      TEXT NOT NULL CHECK (json_valid(analysis))
);
CREATE INDEX reports_url ON reports(url) WHERE url IS NOT NULL;
CREATE INDEX reports_copy_group ON reports(copy_group);
CREATE INDEX reports_copy_of ON reports(copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX reports_order ON reports(COALESCE(published, '~'), id);

CREATE VIRTUAL TABLE reports_fts USING fts5(
  title, text, content = 'reports', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
  INSERT INTO reports_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
  INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, text ON reports BEGIN
  INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO reports_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE sentences (
  report           TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  idx              INTEGER NOT NULL,
  char_start       INTEGER NOT NULL,
  char_end         INTEGER NOT NULL,
  text             TEXT NOT NULL,
  hash             TEXT,                      -- normalized-sentence hash (provenance)
  origin_report    TEXT,                      -- earliest report holding the same or a near-same sentence
  origin_sentence  INTEGER,
  similarity       REAL,                      -- 1 = same after normalization, below 1 = near-same
  PRIMARY KEY (report, idx)
) WITHOUT ROWID;
CREATE INDEX sentences_hash ON sentences(hash) WHERE hash IS NOT NULL;
CREATE INDEX sentences_origin ON sentences(origin_report, origin_sentence) WHERE origin_report IS NOT NULL;

CREATE TABLE spans (
  report      TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  label       TEXT NOT NULL CHECK (label IN ('date', 'place', 'actor', 'casualty', 'claim')),
  idx         INTEGER NOT NULL,               -- position in the analysis list of that label (events index it)
  char_start  INTEGER NOT NULL,
  char_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT NOT NULL CHECK (json_valid(value)),
  PRIMARY KEY (report, label, idx)
) WITHOUT ROWID;
CREATE INDEX spans_label ON spans(label);

CREATE TABLE claims (
  report       TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  idx          INTEGER NOT NULL,
  sentence     INTEGER NOT NULL,
  source_name  TEXT NOT NULL,
  source_text  TEXT NOT NULL,
  kind         TEXT NOT NULL,                 -- the source's actor kind, or 'unknown'
  anonymous    INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  cue          TEXT NOT NULL,
  content      TEXT NOT NULL,
  stance       TEXT NOT NULL CHECK (stance IN ('statement', 'allegation', 'acknowledgment', 'denial')),
  PRIMARY KEY (report, idx)
) WITHOUT ROWID;
CREATE INDEX claims_source ON claims(source_name);
CREATE INDEX claims_stance ON claims(stance);

CREATE TABLE events (
  id               TEXT PRIMARY KEY,          -- '<report id>#<event index>'
  report           TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  copy_group       TEXT NOT NULL,
  published        TEXT,
  outlet           TEXT,
  type             TEXT NOT NULL,
  date_from        TEXT,
  date_to          TEXT,
  place_name       TEXT,
  place_country    TEXT,
  lat              REAL,
  lon              REAL,
  place_precision  TEXT,
  perpetrator      TEXT,
  target           TEXT,
  civilians        TEXT NOT NULL CHECK (json_valid(civilians)),   -- HarmRanges JSON
  combatants       TEXT NOT NULL CHECK (json_valid(combatants)),
  total            TEXT NOT NULL CHECK (json_valid(total)),
  claims           TEXT NOT NULL CHECK (json_valid(claims))
);
CREATE INDEX events_report ON events(report);
CREATE INDEX events_copy_group ON events(copy_group);

CREATE TABLE incidents (
  id                             TEXT PRIMARY KEY,
  type                           TEXT NOT NULL,
  date_from                      TEXT,
  date_to                        TEXT,
  place_name                     TEXT,
  place_country                  TEXT,
  lat                            REAL,
  lon                            REAL,
  place_precision                TEXT,
  perpetrator                    TEXT,
  target                         TEXT,
  civilians_killed_min           INTEGER NOT NULL,
  civilians_killed_max           INTEGER,     -- NULL = open-ended ('at least')
  civilians_killed_conservative  INTEGER NOT NULL,
  civilians_injured_min          INTEGER NOT NULL,
  civilians_injured_max          INTEGER,
  civilians_injured_conservative INTEGER NOT NULL,
  combatants_killed_min          INTEGER NOT NULL,
  combatants_killed_max          INTEGER,
  combatants_killed_conservative INTEGER NOT NULL,
  combatants_injured_min         INTEGER NOT NULL,
  combatants_injured_max         INTEGER,
  combatants_injured_conservative INTEGER NOT NULL,
  total_killed_min               INTEGER NOT NULL,
  total_killed_max               INTEGER,
  total_killed_conservative      INTEGER NOT NULL,
  total_injured_min              INTEGER NOT NULL,
  total_injured_max              INTEGER,
  total_injured_conservative     INTEGER NOT NULL,
  grade                          TEXT NOT NULL CHECK (grade IN ('confirmed', 'fair', 'weak', 'contested', 'discounted')),
  grade_reasons                  TEXT NOT NULL CHECK (json_valid(grade_reasons)),
  independent_sources            INTEGER NOT NULL,
  figures                        TEXT NOT NULL CHECK (json_valid(figures))
);
CREATE INDEX incidents_order ON incidents(COALESCE(date_from, '~'), id);
CREATE INDEX incidents_dates ON incidents(date_from, date_to);
CREATE INDEX incidents_latlon ON incidents(lat, lon) WHERE lat IS NOT NULL;
CREATE INDEX incidents_grade ON incidents(grade);
CREATE INDEX incidents_type ON incidents(type);

CREATE TABLE incident_events (
  incident  TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  event     TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (incident, event)
) WITHOUT ROWID;
CREATE INDEX incident_events_event ON incident_events(event);

CREATE TABLE incident_cells (
  cell      TEXT NOT NULL,                    -- date and place cell key (incident resolution)
  incident  TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (cell, incident)
) WITHOUT ROWID;
CREATE INDEX incident_cells_incident ON incident_cells(incident);

-- Audit records: kept even if the incident is later split or merged away (no foreign key).
CREATE TABLE merges (
  id          INTEGER PRIMARY KEY,
  incident    TEXT NOT NULL,
  event       TEXT NOT NULL,
  reasons     TEXT NOT NULL CHECK (json_valid(reasons)),
  decided_by  TEXT NOT NULL CHECK (decided_by IN ('auto', 'human')),
  at          TEXT NOT NULL
);
CREATE INDEX merges_incident ON merges(incident, at, id);

CREATE TABLE grades (
  id          INTEGER PRIMARY KEY,
  incident    TEXT NOT NULL,
  grade       TEXT NOT NULL CHECK (grade IN ('confirmed', 'fair', 'weak', 'contested', 'discounted')),
  reasons     TEXT NOT NULL CHECK (json_valid(reasons)),
  decided_by  TEXT NOT NULL CHECK (decided_by IN ('auto', 'human')),
  at          TEXT NOT NULL,
  UNIQUE (incident, at, grade, decided_by, reasons)
);
CREATE INDEX grades_incident ON grades(incident, at, id);

CREATE TABLE report_bands (
  band    TEXT NOT NULL,                      -- LSH band key of the report's MinHash signature
  report  TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (band, report)
) WITHOUT ROWID;
CREATE INDEX report_bands_report ON report_bands(report);

-- One row per normalized-sentence hash: the earliest stored sentence with it.
CREATE TABLE sentence_hashes (
  hash       TEXT PRIMARY KEY,
  report     TEXT NOT NULL,
  sentence   INTEGER NOT NULL,
  published  TEXT
) WITHOUT ROWID;
`;
