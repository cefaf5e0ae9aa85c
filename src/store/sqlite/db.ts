import Database from 'better-sqlite3';
import { migrations, type Migration } from '../migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** Milliseconds a write waits for another connection's lock before failing (default 5000). */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/**
 * Open a SQLite database with civwatch's settings: WAL journal (readers never block the writer),
 * foreign keys enforced, a busy timeout, and `synchronous = NORMAL` (with WAL a crashed process
 * loses nothing committed; a power cut may lose the last transactions, never consistency).
 *
 * @example
 * const db = openDatabase('civwatch.db');
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const db = new Database(path, { readonly: opts.readonly ?? false });
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL'); // ':memory:' stays 'memory', which is fine
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** The schema version a database is at (0 when none applied). */
export function schemaVersion(db: Db): number {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** The versions recorded in `schema_migrations` (empty when the table does not exist yet). */
export function appliedVersions(db: Db): Set<number> {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!exists) return new Set();
  const rows = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
  return new Set(rows.map((r) => r.version));
}

/**
 * Apply every migration a database has not recorded, in version order, each in its own
 * transaction with its `schema_migrations` row, so a crash leaves the database at a whole version.
 * A gap is filled too: a database migrated when 003 existed but 002 did not gets 002 later.
 * Idempotent. Returns the versions applied.
 *
 * @example
 * migrate(openDatabase(':memory:')); // [1, 2, 3]
 */
export function migrate(db: Db, all: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = appliedVersions(db);
  const applied: number[] = [];
  for (const m of [...all].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
