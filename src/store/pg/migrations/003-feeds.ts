/**
 * PostgreSQL migration 3: the state `civwatch watch` keeps per feed (SQLite's `003-feeds`). `seen`
 * and `pending` are `json` (kept exactly as given: order, length and text), timestamps ISO text;
 * `url` sorts in byte order (`COLLATE "C"`, as SQLite's BINARY). Frozen once released.
 */
export const sql = `
CREATE TABLE feeds (
  url            text COLLATE "C" PRIMARY KEY,
  etag           text,
  last_modified  text,
  seen           json NOT NULL DEFAULT '[]',
  pending        json NOT NULL DEFAULT '[]',
  failures       integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  next_poll_at   text,
  last_polled_at text,
  last_status    integer,
  last_error     text
);
`;
