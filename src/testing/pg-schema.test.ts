import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { needPostgres } from './services.js';
import { testSchemaName, withPgSchema } from './pg-schema.js';

async function schemaExists(url: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}

test('testSchemaName: the prefix, then this process id', () => {
  assert.match(testSchemaName('civwatch_x'), new RegExp(`^civwatch_x_${process.pid}_[0-9a-z]+$`));
});

test('withPgSchema: a schema target for fn, dropped after it, also when fn throws', async (t) => {
  const url = await needPostgres(t);
  if (!url) return;
  let schema = '';
  await withPgSchema(url, 'civwatch_pgschema_test', async (target) => {
    schema = new URL(target).searchParams.get('schema') ?? '';
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.end();
    assert.equal(await schemaExists(url, schema), true);
  });
  assert.match(schema, /^civwatch_pgschema_test_/);
  assert.equal(await schemaExists(url, schema), false, 'dropped');
  await assert.rejects(withPgSchema(url, 'civwatch_pgschema_fail', async (target) => {
    schema = new URL(target).searchParams.get('schema') ?? '';
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.end();
    throw new Error('fn failed');
  }), /fn failed/);
  assert.equal(await schemaExists(url, schema), false, 'dropped after a failure too');
});
