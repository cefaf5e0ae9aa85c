import { Option } from 'commander';
import type { Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite/store.js';

/** Where the store lives unless `--db` says otherwise. */
export const DEFAULT_DB = 'civwatch.db';

/**
 * The `--db PATH` option shared by the corpus commands.
 *
 * @example
 * new Command('incidents').addOption(dbOption());
 */
export function dbOption(): Option {
  return new Option('--db <path>', 'the SQLite database').default(DEFAULT_DB).env('CIVWATCH_DB');
}

/**
 * Open the store, migrated, run `fn`, and close the store whatever happens.
 *
 * @example
 * await withStore('civwatch.db', async (store) => store.countReports());
 */
export async function withStore<T>(path: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openSqliteStore(path);
  try {
    await store.migrate();
    return await fn(store);
  } finally {
    await store.close();
  }
}
