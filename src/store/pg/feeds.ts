/**
 * Feed-watching state in PostgreSQL (`feeds`, migration 3): one row per watched feed, the seen ids
 * and pending items as `json` (kept exactly as given).
 */
import type { FeedState, PendingFeedItem } from '../store.js';
import type { PgSession } from './session.js';

interface FeedRow {
  url: string; etag: string | null; last_modified: string | null; seen: string; pending: string; failures: number;
  next_poll_at: string | null; last_polled_at: string | null; last_status: number | null; last_error: string | null;
}

const COLUMNS = 'url, etag, last_modified, seen, pending, failures, next_poll_at, last_polled_at, last_status, last_error';

function fromRow(r: FeedRow): FeedState {
  return {
    url: r.url, etag: r.etag, lastModified: r.last_modified, seen: JSON.parse(r.seen) as string[],
    pending: JSON.parse(r.pending) as PendingFeedItem[], failures: r.failures, nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at, lastStatus: r.last_status, lastError: r.last_error,
  };
}

/** Reads and writes of `feeds`. */
export class PgFeeds {
  constructor(private readonly db: PgSession) {}

  async get(url: string): Promise<FeedState | null> {
    const rows = await this.db.query<FeedRow>(`SELECT ${COLUMNS} FROM feeds WHERE url = $1`, [url]);
    return rows.length ? fromRow(rows[0]) : null;
  }

  async put(s: FeedState): Promise<void> {
    await this.db.query(`INSERT INTO feeds (${COLUMNS}) VALUES ($1, $2, $3, $4::json, $5::json, $6, $7, $8, $9, $10)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, seen = excluded.seen,
        pending = excluded.pending, failures = excluded.failures, next_poll_at = excluded.next_poll_at,
        last_polled_at = excluded.last_polled_at, last_status = excluded.last_status, last_error = excluded.last_error`,
    [s.url, s.etag, s.lastModified, JSON.stringify(s.seen), JSON.stringify(s.pending), s.failures, s.nextPollAt,
      s.lastPolledAt, s.lastStatus, s.lastError]);
  }

  /** Every feed by url in byte order (the column is COLLATE "C"). */
  async list(): Promise<FeedState[]> {
    return (await this.db.query<FeedRow>(`SELECT ${COLUMNS} FROM feeds ORDER BY url`)).map(fromRow);
  }
}
