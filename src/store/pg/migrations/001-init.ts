/**
 * PostgreSQL migration 1: the schema of SQLite's `001-init` (same tables, columns and meaning),
 * written in PostgreSQL's types. Frozen once released: a change is a new migration, never an edit.
 *
 * Differences from SQLite (see docs/DATA-MODEL.md): booleans are `boolean`; JSON columns are
 * `jsonb`, except `reports.analysis` (`json`: stored as given, the largest value, never queried
 * inside); `seq`, `merges.id` and `grades.id` are identity columns; every text column that is
 * sorted or compared is `COLLATE "C"` (byte order, as SQLite's BINARY: '~' sorts after digits
 * whatever the database's locale); full-text search is a `tsvector` column (`reports.search`)
 * under the text search configuration `civwatch_search` (English Snowball stemming without a
 * stop-word list, like FTS5's porter tokenizer) with a GIN index; the store writes it from the
 * title and text with Latin diacritics folded (`store/pg/fold.ts`, like FTS5's remove_diacritics).
 */

export const sql = `
CREATE TEXT SEARCH DICTIONARY civwatch_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION civwatch_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION civwatch_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH civwatch_english_stem;

CREATE TABLE reports (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id            text COLLATE "C" NOT NULL UNIQUE,
  url           text,
  outlet        text,
  title         text,
  byline        text,
  published     text COLLATE "C",
  language      text NOT NULL,
  text          text NOT NULL,
  content_hash  text NOT NULL UNIQUE,
  ingested_at   text NOT NULL,
  copy_of       text COLLATE "C",
  copy_group    text COLLATE "C" NOT NULL,
  stitched      boolean NOT NULL DEFAULT false,
  analysis      json NOT NULL,
  search        tsvector NOT NULL             -- title and text, diacritics folded (store/pg/fold.ts)
);
CREATE INDEX reports_url ON reports(url) WHERE url IS NOT NULL;
CREATE INDEX reports_copy_group ON reports(copy_group);
CREATE INDEX reports_copy_of ON reports(copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX reports_order ON reports((COALESCE(published, '~')), id);
CREATE INDEX reports_search ON reports USING gin (search);

CREATE TABLE sentences (
  report           text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  idx              integer NOT NULL,
  char_start       integer NOT NULL,
  char_end         integer NOT NULL,
  text             text NOT NULL,
  hash             text,
  origin_report    text COLLATE "C",
  origin_sentence  integer,
  similarity       double precision,
  PRIMARY KEY (report, idx)
);
CREATE INDEX sentences_hash ON sentences(hash) WHERE hash IS NOT NULL;
CREATE INDEX sentences_origin ON sentences(origin_report, origin_sentence) WHERE origin_report IS NOT NULL;

CREATE TABLE spans (
  report      text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  label       text NOT NULL CHECK (label IN ('date', 'place', 'actor', 'casualty', 'claim')),
  idx         integer NOT NULL,
  char_start  integer NOT NULL,
  char_end    integer NOT NULL,
  text        text NOT NULL,
  value       jsonb NOT NULL,
  PRIMARY KEY (report, label, idx)
);
CREATE INDEX spans_label ON spans(label);

CREATE TABLE claims (
  report       text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  idx          integer NOT NULL,
  sentence     integer NOT NULL,
  source_name  text NOT NULL,
  source_text  text NOT NULL,
  kind         text NOT NULL,
  anonymous    boolean NOT NULL,
  cue          text NOT NULL,
  content      text NOT NULL,
  stance       text NOT NULL CHECK (stance IN ('statement', 'allegation', 'acknowledgment', 'denial')),
  PRIMARY KEY (report, idx)
);
CREATE INDEX claims_source ON claims(source_name);
CREATE INDEX claims_stance ON claims(stance);

CREATE TABLE events (
  id               text COLLATE "C" PRIMARY KEY,
  report           text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  copy_group       text COLLATE "C" NOT NULL,
  published        text COLLATE "C",
  outlet           text,
  type             text NOT NULL,
  date_from        text COLLATE "C",
  date_to          text COLLATE "C",
  place_name       text,
  place_country    text,
  lat              double precision,
  lon              double precision,
  place_precision  text,
  perpetrator      text,
  target           text,
  civilians        jsonb NOT NULL,
  combatants       jsonb NOT NULL,
  total            jsonb NOT NULL,
  claims           jsonb NOT NULL
);
CREATE INDEX events_report ON events(report);
CREATE INDEX events_copy_group ON events(copy_group);

CREATE TABLE incidents (
  id                              text COLLATE "C" PRIMARY KEY,
  type                            text NOT NULL,
  date_from                       text COLLATE "C",
  date_to                         text COLLATE "C",
  place_name                      text,
  place_country                   text,
  lat                             double precision,
  lon                             double precision,
  place_precision                 text,
  perpetrator                     text,
  target                          text,
  civilians_killed_min            integer NOT NULL,
  civilians_killed_max            integer,
  civilians_killed_conservative   integer NOT NULL,
  civilians_injured_min           integer NOT NULL,
  civilians_injured_max           integer,
  civilians_injured_conservative  integer NOT NULL,
  combatants_killed_min           integer NOT NULL,
  combatants_killed_max           integer,
  combatants_killed_conservative  integer NOT NULL,
  combatants_injured_min          integer NOT NULL,
  combatants_injured_max          integer,
  combatants_injured_conservative integer NOT NULL,
  total_killed_min                integer NOT NULL,
  total_killed_max                integer,
  total_killed_conservative       integer NOT NULL,
  total_injured_min               integer NOT NULL,
  total_injured_max               integer,
  total_injured_conservative      integer NOT NULL,
  grade                           text NOT NULL CHECK (grade IN ('confirmed', 'fair', 'weak', 'contested', 'discounted')),
  grade_reasons                   jsonb NOT NULL,
  independent_sources             integer NOT NULL,
  figures                         jsonb NOT NULL
);
CREATE INDEX incidents_order ON incidents((COALESCE(date_from, '~')), id);
CREATE INDEX incidents_dates ON incidents(date_from, date_to);
CREATE INDEX incidents_latlon ON incidents(lat, lon) WHERE lat IS NOT NULL;
CREATE INDEX incidents_grade ON incidents(grade);
CREATE INDEX incidents_type ON incidents(type);
CREATE INDEX incidents_perpetrator ON incidents(lower(perpetrator));

CREATE TABLE incident_events (
  incident  text COLLATE "C" NOT NULL REFERENCES incidents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  event     text COLLATE "C" NOT NULL,
  position  integer NOT NULL,
  PRIMARY KEY (incident, event)
);
CREATE INDEX incident_events_event ON incident_events(event);

CREATE TABLE incident_cells (
  cell      text COLLATE "C" NOT NULL,
  incident  text COLLATE "C" NOT NULL REFERENCES incidents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (cell, incident)
);
CREATE INDEX incident_cells_incident ON incident_cells(incident);

-- Audit records: kept even if the incident is later split or merged away (no foreign key).
CREATE TABLE merges (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident    text COLLATE "C" NOT NULL,
  event       text COLLATE "C" NOT NULL,
  reasons     jsonb NOT NULL,
  decided_by  text NOT NULL CHECK (decided_by IN ('auto', 'human')),
  at          text COLLATE "C" NOT NULL
);
CREATE INDEX merges_incident ON merges(incident, at, id);

CREATE TABLE grades (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident    text COLLATE "C" NOT NULL,
  grade       text NOT NULL CHECK (grade IN ('confirmed', 'fair', 'weak', 'contested', 'discounted')),
  reasons     jsonb NOT NULL,
  decided_by  text NOT NULL CHECK (decided_by IN ('auto', 'human')),
  at          text COLLATE "C" NOT NULL,
  UNIQUE (incident, at, grade, decided_by, reasons)
);
CREATE INDEX grades_incident ON grades(incident, at, id);

CREATE TABLE report_bands (
  band    text COLLATE "C" NOT NULL,
  report  text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (band, report)
);
CREATE INDEX report_bands_report ON report_bands(report);

-- One row per normalized-sentence hash: the earliest stored sentence with it.
CREATE TABLE sentence_hashes (
  hash       text COLLATE "C" PRIMARY KEY,
  report     text COLLATE "C" NOT NULL,
  sentence   integer NOT NULL,
  published  text COLLATE "C"
);
`;
