/**
 * PostgreSQL migration 2 (SQLite's `002-reviews`): analysts' reviews as audit records (no foreign
 * key: a record outlives later merges and splits; `before`/`after` as jsonb) and
 * `incidents.merged_into` for incidents an analyst merged into another. Frozen once released.
 */
export const sql = `
CREATE TABLE reviews (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident    text COLLATE "C" NOT NULL,
  action      text NOT NULL CHECK (action IN ('confirm', 'correct', 'merge', 'split', 'grade', 'merged-into', 'split-from', 'auto-grade')),
  decided_by  text NOT NULL,
  at          text COLLATE "C" NOT NULL,
  reason      text NOT NULL,
  field       text,
  before      jsonb NOT NULL,
  after       jsonb NOT NULL
);
CREATE INDEX reviews_incident ON reviews(incident, at, id);

ALTER TABLE incidents ADD COLUMN merged_into text COLLATE "C";
CREATE INDEX incidents_merged ON incidents(merged_into) WHERE merged_into IS NOT NULL;
`;
