/**
 * Migration 3: the state `civwatch watch` keeps per watched feed (see `FeedState` in
 * `store/store.ts`). Frozen once released. `seen` and `pending` are JSON arrays, stored as given
 * (the watcher bounds `seen` to the last 5,000 ids); timestamps are ISO text.
 */
export const sql = `
CREATE TABLE feeds (
  url            TEXT PRIMARY KEY,
  etag           TEXT,
  last_modified  TEXT,
  seen           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(seen)),
  pending        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pending)),
  failures       INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  next_poll_at   TEXT,
  last_polled_at TEXT,
  last_status    INTEGER,
  last_error     TEXT
);
`;
