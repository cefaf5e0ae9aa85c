/**
 * Where a PostgreSQL store lives: a connection URL and the schema its tables are in.
 */

/** A PostgreSQL connection and the schema the store's tables live in. */
export interface PgTarget {
  /** The connection URL given, without civwatch's own `schema` parameter. */
  connectionString: string;
  /** Schema name (lower-case letters, digits, `_`; not starting with a digit). Default `public`. */
  schema: string;
  /**
   * Server settings for every connection (libpq's `options`): the store's planner default
   * ({@link STORE_SETTINGS}), the URL's own `options` parameter, if any (e.g.
   * `-c statement_timeout=30000`; a later setting wins), then `-c search_path=<schema>`.
   */
  options: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Planner settings for the store's own connections. `random_page_cost = 1.1` (default 4, which
 * models spinning disks): the store looks rows up by key in tables that stay cached, and with
 * the default PostgreSQL read whole tables for `key = ANY($1)` with a few hundred keys (one seq
 * scan of `report_bands`, `sentence_hashes` and `sentences` per ingested report), a cost that
 * grew with the corpus: server CPU per report 16 → 33 ms over the first 400 generated reports,
 * 11 → 13 ms with this setting (docs/PERFORMANCE.md). A URL's `options` can set it otherwise.
 */
export const STORE_SETTINGS = '-c random_page_cost=1.1';

/**
 * True for `postgres://…` and `postgresql://…` URLs (any case).
 *
 * @example
 * isPostgresUrl('postgres://localhost/civwatch'); // true
 * isPostgresUrl('./civwatch.db'); // false
 */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/**
 * Split a PostgreSQL URL into the connection URL, the schema (`?schema=name`, else
 * `opts.schema`, else `public`) and the connection's server settings. Throws a plain error for
 * a bad URL or schema name.
 *
 * @example
 * parsePgTarget('postgres://u@db:5432/civwatch?schema=monitor');
 * // { connectionString: 'postgres://u@db:5432/civwatch', schema: 'monitor', options: '-c random_page_cost=1.1 -c search_path=monitor' }
 */
export function parsePgTarget(url: string, opts: { schema?: string } = {}): PgTarget {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new Error(`not a PostgreSQL URL: "${url}" (expected postgres://user@host:5432/database?schema=name)`);
  }
  if (!isPostgresUrl(u.href)) throw new Error(`not a PostgreSQL URL: "${url}" (it must start with postgres:// or postgresql://)`);
  const schema = u.searchParams.get('schema') ?? opts.schema ?? 'public';
  const given = u.searchParams.get('options');
  u.searchParams.delete('schema');
  u.searchParams.delete('options');
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and _ (not starting with a digit, at most 63)`);
  }
  return { connectionString: u.href, schema, options: [STORE_SETTINGS, given?.trim(), `-c search_path=${schema}`].filter(Boolean).join(' ') };
}

/** A schema name quoted as an SQL identifier (the name is validated by {@link parsePgTarget}). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
