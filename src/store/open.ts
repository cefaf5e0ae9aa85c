/**
 * One entry point for every store: a `postgres://` or `postgresql://` URL opens PostgreSQL,
 * anything else is a SQLite file path (`:memory:` for a throwaway one).
 */
import { openPgStore, type PgStoreOptions } from './pg/store.js';
import { isPostgresUrl } from './pg/target.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export { isPostgresUrl } from './pg/target.js';

/**
 * Open the store at `target` (not yet migrated: call `migrate()`). A PostgreSQL URL may name the
 * schema with `?schema=name` (default `public`). Throws a clear error for an empty target or a
 * malformed PostgreSQL URL.
 *
 * @example
 * const store = await openStore(process.env.CIVWATCH_DB ?? 'civwatch.db');
 * await store.migrate();
 * await openStore('postgres://civwatch@127.0.0.1:5432/civwatch?schema=monitor');
 */
export async function openStore(target: string, opts: { pg?: PgStoreOptions } = {}): Promise<Store> {
  if (!target.trim()) throw new Error('no database given: pass --db <path or postgres:// URL> or set CIVWATCH_DB');
  return isPostgresUrl(target) ? openPgStore(target.trim(), opts.pg) : openSqliteStore(target);
}

/**
 * A target with any password hidden, for messages and logs.
 *
 * @example
 * describeTarget('postgres://u:secret@db/civwatch'); // 'postgres://u:***@db/civwatch'
 */
export function describeTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const u = new URL(target.trim());
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return target;
  }
}
