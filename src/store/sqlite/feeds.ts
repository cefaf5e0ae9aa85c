/**
 * Feed-watching state in SQLite (`feeds` table, migration 3): one row per watched feed, the seen
 * ids and pending items as JSON arrays.
 */
import type { FeedState, PendingFeedItem } from '../store.js';
import type { Prepared } from './prepared.js';

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  seen: string;
  pending: string;
  failures: number;
  next_poll_at: string | null;
  last_polled_at: string | null;
  last_status: number | null;
  last_error: string | null;
}

/** Reads and writes of `feeds` over one connection's statement cache. */
export class FeedTable {
  constructor(private readonly q: Prepared) {}

  get(url: string): FeedState | null {
    const row = this.q('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
    return row ? fromRow(row) : null;
  }

  put(s: FeedState): void {
    this.q(`INSERT INTO feeds (url, etag, last_modified, seen, pending, failures, next_poll_at, last_polled_at, last_status, last_error)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, seen = excluded.seen,
        pending = excluded.pending, failures = excluded.failures, next_poll_at = excluded.next_poll_at,
        last_polled_at = excluded.last_polled_at, last_status = excluded.last_status, last_error = excluded.last_error`)
      .run(s.url, s.etag, s.lastModified, JSON.stringify(s.seen), JSON.stringify(s.pending), s.failures,
        s.nextPollAt, s.lastPolledAt, s.lastStatus, s.lastError);
  }

  list(): FeedState[] {
    return (this.q('SELECT * FROM feeds ORDER BY url COLLATE BINARY').all() as FeedRow[]).map(fromRow);
  }
}

function fromRow(r: FeedRow): FeedState {
  return {
    url: r.url,
    etag: r.etag,
    lastModified: r.last_modified,
    seen: JSON.parse(r.seen) as string[],
    pending: JSON.parse(r.pending) as PendingFeedItem[],
    failures: r.failures,
    nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at,
    lastStatus: r.last_status,
    lastError: r.last_error,
  };
}
