import type { Pool, PoolClient } from 'pg';
import type { Migration } from '../migrations/index.js';
import { lockId } from './locks.js';
import { pgMigrations } from './migrations/index.js';
import { quoteIdent } from './target.js';

/** One advisory lock for every civwatch migration in the database (they are rare and short). */
const MIGRATE_LOCK = lockId('civwatch', 'migrate');

/** The schema version of `schema` (0 when it has no schema_migrations table). */
export async function pgSchemaVersion(db: Pool | PoolClient, schema: string): Promise<number> {
  const exists = await db.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [`${quoteIdent(schema)}.schema_migrations`]);
  if (!exists.rows[0].e) return 0;
  const row = await db.query(`SELECT COALESCE(MAX(version), 0)::int AS v FROM ${quoteIdent(schema)}.schema_migrations`);
  return row.rows[0].v as number;
}

/** The versions recorded in `schema`'s schema_migrations (empty when the table does not exist yet). */
export async function pgAppliedVersions(db: Pool | PoolClient, schema: string): Promise<Set<number>> {
  const exists = await db.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [`${quoteIdent(schema)}.schema_migrations`]);
  if (!exists.rows[0].e) return new Set();
  const rows = await db.query<{ version: number }>(`SELECT version FROM ${quoteIdent(schema)}.schema_migrations`);
  return new Set(rows.rows.map((r) => r.version));
}

/**
 * Bring `schema` to the latest version: creates the schema and `schema_migrations` when absent,
 * then applies every migration not yet recorded, in version order, each in its own transaction
 * with its `schema_migrations` row (a failure leaves the schema at the last whole version). A gap
 * is filled too: a schema migrated when 003 existed but 002 did not gets 002 later. Idempotent, and safe when several
 * processes run it at once: they take turns on one advisory lock, and each re-reads the version
 * once it holds it. Returns the versions applied.
 *
 * @example
 * await migratePg(pool, 'public'); // [1, 2, 3] on a fresh schema, [] after
 */
export async function migratePg(pool: Pool, schema: string, all: readonly Migration[] = pgMigrations): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    try {
      return await applyPending(client, schema, all);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function applyPending(client: PoolClient, schema: string, all: readonly Migration[]): Promise<number[]> {
  const s = quoteIdent(schema);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
  const done = await pgAppliedVersions(client, schema);
  const applied: number[] = [];
  for (const m of [...all].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await client.query('BEGIN');
    try {
      // The migration's names resolve in the store's schema (SET LOCAL lasts until COMMIT).
      await client.query(`SET LOCAL search_path TO ${s}`);
      await client.query(m.sql);
      await client.query(`INSERT INTO ${s}.schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
        [m.version, m.name, new Date().toISOString()]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed in schema ${schema}: ${(err as Error).message}`, { cause: err });
    }
    applied.push(m.version);
  }
  return applied;
}
