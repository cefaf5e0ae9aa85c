import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeTarget, isPostgresUrl, openStore } from './open.js';
import { PgStore } from './pg/store.js';
import { SqliteStore } from './sqlite/store.js';

test('openStore: a postgres:// or postgresql:// URL opens PostgreSQL (in its ?schema=), anything else SQLite', async () => {
  const pg = await openStore('postgresql://civwatch@127.0.0.1:5432/civwatch?schema=monitor');
  assert.ok(pg instanceof PgStore);
  assert.equal((pg as PgStore).schema, 'monitor');
  await pg.close(); // no connection was made: opening is lazy
  const upper = await openStore('POSTGRES://civwatch@127.0.0.1/civwatch');
  assert.equal((upper as PgStore).schema, 'public', 'no ?schema=: public');
  await upper.close();
  const lite = await openStore(':memory:');
  assert.ok(lite instanceof SqliteStore);
  await lite.migrate();
  assert.equal(await lite.countReports(), 0);
  await lite.close();
});

test('openStore: an empty target, a malformed URL or a bad schema name is refused with a clear error', async () => {
  await assert.rejects(openStore('  '), /no database given: pass --db/);
  await assert.rejects(openStore('postgres://[not a host/db'), /not a PostgreSQL URL/);
  await assert.rejects(openStore('postgres://u@h/db?schema=Drop;Table'), /invalid schema name "Drop;Table"/);
  await assert.rejects(openStore('postgres://u@h/db?schema=9lives'), /invalid schema name/);
});

test('isPostgresUrl and describeTarget: only URLs are PostgreSQL; a password never shows', () => {
  assert.equal(isPostgresUrl('postgres://h/db'), true);
  assert.equal(isPostgresUrl('./postgres://odd-file-name.db'), false);
  assert.equal(isPostgresUrl('civwatch.db'), false);
  assert.equal(describeTarget('postgres://u:secret@h:5432/db?schema=s'), 'postgres://u:***@h:5432/db?schema=s');
  assert.equal(describeTarget('civwatch.db'), 'civwatch.db');
});
