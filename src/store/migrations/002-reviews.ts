/**
 * Migration 2 (issue 5, the API): analysts' reviews as audit records, and incidents merged away
 * by an analyst. Frozen once released, like every migration.
 *
 * - `reviews`: one row per decision (confirm, correct, merge, split, grade) or civwatch note
 *   (`auto-grade`), with who, when, why, the field and the values before and after as JSON. No
 *   foreign key: the record outlives any later merge or split.
 * - `incidents.merged_into`: set on an incident an analyst merged into another; its row stays
 *   (its id still resolves) but listings leave it out.
 * - `incidents_points`: a covering index for the map and stats queries in listing order.
 */
export const sql = `
CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY,
  incident    TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'merge', 'split', 'grade', 'merged-into', 'split-from', 'auto-grade')),
  decided_by  TEXT NOT NULL,
  at          TEXT NOT NULL,
  reason      TEXT NOT NULL,
  field       TEXT,
  before      TEXT NOT NULL CHECK (json_valid(before)),
  after       TEXT NOT NULL CHECK (json_valid(after))
);
CREATE INDEX reviews_incident ON reviews(incident, at, id);

ALTER TABLE incidents ADD COLUMN merged_into TEXT;
CREATE INDEX incidents_merged ON incidents(merged_into) WHERE merged_into IS NOT NULL;
`;
