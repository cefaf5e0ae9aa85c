import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runStoreContract } from './contract.js';
import { reportFixture } from './fixtures.js';
import { migrations } from './migrations/index.js';
import { migrate } from './sqlite/db.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A path for a new database file in its own temp directory (removed after the run, with its -wal/-shm). */
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civwatch-store-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}

/** A store on a new temp file; closing it deletes the file (and its -wal/-shm). */
async function tempFileStore(): Promise<Store> {
  const path = tempDbPath();
  const store = openSqliteStore(path);
  const close = store.close.bind(store);
  store.close = () => {
    close();
    rmSync(dirname(path), { recursive: true, force: true });
  };
  return store;
}

runStoreContract('sqlite (temp file)', tempFileStore);
runStoreContract('sqlite (:memory:)', async () => openSqliteStore(':memory:'));

describe('sqlite store specifics', () => {
  it('a file database runs in WAL mode with foreign keys on and a busy timeout', () => {
    const store = openSqliteStore(tempDbPath());
    try {
      assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
      assert.ok(Number(store.db.pragma('busy_timeout', { simple: true })) >= 1000);
    } finally {
      store.close();
    }
  });

  it('migrate records each version once, and a reopened database is not migrated again', () => {
    const path = tempDbPath();
    const store = openSqliteStore(path);
    store.migrate();
    store.migrate();
    const rows = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(rows, migrations.map((m) => ({ version: m.version, name: m.name })));
    store.close();
    const again = openSqliteStore(path);
    assert.equal(again.schemaVersion(), migrations.at(-1)!.version);
    again.migrate();
    assert.equal((again.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n, migrations.length);
    again.close();
  });

  it('migrate applies only pending versions, and a failing one leaves the database at the last whole version', () => {
    const store = openSqliteStore(':memory:');
    const next = { version: migrations.at(-1)!.version + 1, name: 'add-notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);' };
    assert.deepEqual(migrate(store.db), migrations.map((m) => m.version));
    assert.deepEqual(migrate(store.db, [...migrations, next]), [next.version]);
    assert.deepEqual(migrate(store.db, [...migrations, next]), []);
    const broken = { version: next.version + 1, name: 'broken', sql: 'CREATE TABLE half (x); CREATE TABLE half (x);' };
    assert.throws(() => migrate(store.db, [...migrations, next, broken]), /already exists/);
    assert.equal(store.schemaVersion(), next.version);
    assert.equal(store.db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half'`).get(), undefined);
    store.close();
  });

  it('migrate fills a gap: a database at versions {1, 3} gets 2, and nothing runs twice', () => {
    const store = openSqliteStore(':memory:');
    try {
      const [first, second, third] = migrations;
      assert.deepEqual([first!.version, second!.version, third!.version], [1, 2, 3]);
      assert.deepEqual(migrate(store.db, [first!, third!]), [1, 3], 'migrated while 002 did not exist');
      const table = (name: string) => store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name);
      assert.equal(table('reviews'), undefined);
      assert.deepEqual(migrate(store.db, [first!, second!, third!]), [2], 'the missing version is applied, the others are not re-run');
      assert.deepEqual(table('reviews'), { name: 'reviews' });
      const rows = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      assert.deepEqual(rows, [{ version: 1 }, { version: 2 }, { version: 3 }]);
      assert.deepEqual(migrate(store.db, [first!, second!, third!]), []);
    } finally {
      store.close();
    }
  });

  it('putReport flattens the analysis into sentences, spans and claims rows a user can query', async () => {
    const store = openSqliteStore(':memory:');
    store.migrate();
    const text = 'Shelling hit a market on Monday. Police said 5 civilians were killed. Stalls burned.';
    await store.putReport(reportFixture({ id: 'r1', text }));
    const sentences = store.db.prepare('SELECT idx, text FROM sentences WHERE report = ? ORDER BY idx').all('r1');
    assert.deepEqual(sentences, [
      { idx: 0, text: 'Shelling hit a market on Monday.' },
      { idx: 1, text: 'Police said 5 civilians were killed.' },
      { idx: 2, text: 'Stalls burned.' },
    ]);
    const spans = store.db.prepare(`SELECT label, text, json_extract(value, '$.min') AS min FROM spans WHERE report = ? ORDER BY label`).all('r1');
    assert.deepEqual(spans, [
      { label: 'casualty', text: '5 civilians', min: 5 },
      { label: 'claim', text: 'Police said 5 civilians were killed', min: null },
    ]);
    const claim = store.db.prepare('SELECT source_name, cue, stance, anonymous FROM claims WHERE report = ?').get('r1');
    assert.deepEqual(claim, { source_name: 'Police', cue: 'said', stance: 'statement', anonymous: 0 });
    await store.putReport(reportFixture({ id: 'r1', text: 'Stalls burned.' }));
    assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM sentences WHERE report = ?').get('r1') as { n: number }).n, 1);
    assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM spans WHERE report = ?').get('r1') as { n: number }).n, 0);
    store.close();
  });

  it('sentences.hash notes the first key given for a sentence (its exact hash), not later near-same keys', async () => {
    const store = openSqliteStore(':memory:');
    store.migrate();
    await store.putReport(reportFixture({ id: 'r1', text: 'Shelling hit a market on Monday. Stalls burned.' }));
    await store.putSentenceHashes([
      { hash: 'exact-0', report: 'r1', sentence: 0, published: null },
      { hash: 's0:near', report: 'r1', sentence: 0, published: null },
    ]);
    const rows = store.db.prepare('SELECT idx, hash FROM sentences WHERE report = ? ORDER BY idx').all('r1');
    assert.deepEqual(rows, [{ idx: 0, hash: 'exact-0' }, { idx: 1, hash: null }]);
    assert.equal((await store.findSentenceByHash('s0:near'))?.report, 'r1');
    store.close();
  });

  it('a callback that outlives its transaction does not write into a later one', async () => {
    const store = openSqliteStore(':memory:');
    store.migrate();
    const late = reportFixture({ id: 'r-late', text: 'The late write lands on its own.' });
    const doomed = reportFixture({ id: 'r-doomed', text: 'This transaction is rolled back.' });
    let pending: Promise<void> | undefined;
    await store.transaction(() => {
      pending = new Promise((r) => setTimeout(r, 20)).then(() => store.putReport(late));
    });
    await assert.rejects(store.transaction(async () => {
      await store.putReport(doomed);
      await new Promise((r) => setTimeout(r, 60));
      throw new Error('rolled back');
    }), /rolled back/);
    await pending;
    assert.ok(await store.getReport('r-late'), 'the late write waited for the other transaction and committed');
    assert.equal(await store.getReport('r-doomed'), null);
    store.close();
  });

  it('events need their report: a dangling event is refused when its transaction commits', async () => {
    const store = openSqliteStore(':memory:');
    store.migrate();
    const event = { id: 'r404#0', report: 'r404', copyGroup: 'r404', published: null, outlet: null, type: 'Other' as const, date: null,
      place: null, perpetrator: null, target: null, claims: [],
      civilians: { killed: { min: 0, max: 0, conservative: 0 }, injured: { min: 0, max: 0, conservative: 0 } },
      combatants: { killed: { min: 0, max: 0, conservative: 0 }, injured: { min: 0, max: 0, conservative: 0 } },
      total: { killed: { min: 0, max: 0, conservative: 0 }, injured: { min: 0, max: 0, conservative: 0 } } };
    await assert.rejects(store.transaction(() => store.putEvents([event])), /FOREIGN KEY/);
    assert.equal(store.db.inTransaction, false);
    assert.deepEqual(await store.getEvents(['r404#0']), []);
    store.close();
  });
});
