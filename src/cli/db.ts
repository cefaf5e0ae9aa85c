import { Option } from 'commander';
import type { Store } from '../store/store.js';
import { describeTarget, openStore } from '../store/open.js';
import { UsageError } from './errors.js';

/** Where the store lives unless `--db` says otherwise. */
export const DEFAULT_DB = 'civwatch.db';

/**
 * The `--db <path-or-url>` option shared by the corpus commands: a SQLite file path, or a
 * `postgres://user@host:5432/database?schema=name` URL; `CIVWATCH_DB` is the default.
 *
 * @example
 * new Command('incidents').addOption(dbOption());
 */
export function dbOption(): Option {
  return new Option('--db <path-or-url>', 'the database: a SQLite file, or a postgres:// URL (?schema=name)').default(DEFAULT_DB).env('CIVWATCH_DB');
}

/**
 * Open the store (a SQLite path or a PostgreSQL URL), migrated, run `fn`, and close the store
 * whatever happens.
 *
 * @example
 * await withStore('civwatch.db', async (store) => store.countReports());
 */
export async function withStore<T>(target: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await open(target);
  try {
    await migrate(store, target);
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The store at `target`; a target that cannot be opened (no such directory, bad URL or schema) is a usage error. */
async function open(target: string): Promise<Store> {
  try {
    return await openStore(target);
  } catch (err) {
    throw new UsageError(`cannot open --db ${describeTarget(target)}: ${(err as Error).message}`);
  }
}

/** Node's network error codes and PostgreSQL's SQLSTATE classes that mean "this database cannot be reached or entered". */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|08...|28...|3D000|3F000)$/;

/** Migrate; a server that cannot be reached or entered (refused, unknown host or database, bad password) is a usage error. */
async function migrate(store: Store, target: string): Promise<void> {
  try {
    await store.migrate();
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    const timeout = /timeout exceeded when trying to connect/i.test((err as Error).message ?? '');
    if (!UNREACHABLE.test(code) && !timeout) throw err;
    throw new UsageError(`cannot reach the database ${describeTarget(target)}: ${(err as Error).message || code}`);
  }
}
