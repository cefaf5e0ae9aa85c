import pg from 'pg';

/**
 * A schema name no other test run uses: `prefix`, this process's id and the time.
 *
 * @example
 * testSchemaName('civwatch_watch'); // 'civwatch_watch_4242_mfz3k1q0'
 */
export function testSchemaName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}`;
}

/**
 * Drops `schema` (and all in it) from the database at `url`; nothing happens when it is absent.
 *
 * @example
 * await dropPgSchema('postgres://postgres@127.0.0.1:5432/test', 'civwatch_watch_4242_mfz3k1q0');
 */
export async function dropPgSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` with a `--db` target (`url?schema=…`) for a fresh schema, dropped afterwards even when `fn` throws.
 *
 * @example
 * await withPgSchema(url, 'civwatch_nul', async (target) => { const store = await openStore(target); … });
 */
export async function withPgSchema(url: string, prefix: string, fn: (target: string) => Promise<void>): Promise<void> {
  const schema = testSchemaName(prefix);
  try {
    await fn(`${url}?schema=${schema}`);
  } finally {
    await dropPgSchema(url, schema);
  }
}
