import assert from 'node:assert/strict';
import { after, describe, it, test } from 'node:test';
import pg from 'pg';
import { runStoreContract } from './contract.js';
import { incidentFixture, reportFixture } from './fixtures.js';
import { migratePg, pgSchemaVersion } from './pg/migrate.js';
import { pgMigrations } from './pg/migrations/index.js';
import { openPgStore, type PgStore } from './pg/store.js';
import { barrier } from '../testing/barrier.js';
import { needPostgres } from '../testing/services.js';

const skipped: string[] = [];
const url = await needPostgres({ skip: (m?: string) => void skipped.push(m ?? 'PostgreSQL unreachable') });

/** Schemas this run created; each store drops its own on close, and any left are dropped at the end. */
const schemas = new Set<string>();
let counter = 0;

/** A schema name of its own for this process and test. */
function freshSchema(): string {
  const name = `civwatch_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  schemas.add(name);
  return name;
}

async function dropSchemas(names: string[]): Promise<void> {
  if (!url || !names.length) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of names) {
      await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      schemas.delete(s);
    }
  } finally {
    await client.end();
  }
}

/** A store in a new schema; closing it drops the schema. */
function tempStore(schema = freshSchema()): PgStore {
  const store = openPgStore(`${url}?schema=${schema}`);
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await dropSchemas([schema]);
  };
  return store;
}

after(() => dropSchemas([...schemas]));

/** The run's contract schema: migrated once (DDL is slow, ~0.7 s a schema here), emptied before each test. */
let contractSchema: string | null = null;

/** A store on the run's contract schema, every table emptied (as fresh as a new schema, in milliseconds). */
async function emptiedStore(): Promise<PgStore> {
  if (!contractSchema) {
    contractSchema = freshSchema();
    const first = openPgStore(`${url}?schema=${contractSchema}`);
    await first.migrate();
    await first.close();
  }
  const store = openPgStore(`${url}?schema=${contractSchema}`);
  const tables = (await store.pool.query<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = $1 AND tablename <> 'schema_migrations'`, [contractSchema])).rows;
  await store.pool.query(tables.map((r) => `DELETE FROM "${contractSchema}"."${r.t}";`).join('\n'));
  return store;
}

if (!url) {
  test('PostgreSQL store', { skip: skipped[0] }, () => undefined);
} else {
  runStoreContract('postgres (own schema per run)', emptiedStore);

  describe('postgres store specifics', () => {
    it('migrate records each version once, creates its schema, and a second store on it applies nothing', async () => {
      const schema = freshSchema();
      const store = tempStore(schema);
      try {
        assert.equal(await store.schemaVersion(), 0);
        await store.migrate();
        await store.migrate();
        const rows = (await store.pool.query(`SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`)).rows;
        assert.deepEqual(rows, pgMigrations.map((m) => ({ version: m.version, name: m.name })));
        assert.deepEqual(await migratePg(store.pool, schema), [], 'nothing pending');
      } finally {
        await store.close();
      }
    });

    it('two processes migrating one schema at once: each version applied exactly once', async () => {
      const schema = freshSchema();
      const a = openPgStore(`${url}?schema=${schema}`);
      const b = openPgStore(`${url}?schema=${schema}`);
      try {
        const [va, vb] = await Promise.all([migratePg(a.pool, schema), migratePg(b.pool, schema)]);
        assert.deepEqual([...va, ...vb].sort(), pgMigrations.map((m) => m.version).sort(), 'the versions split between them, none twice');
        assert.equal(await pgSchemaVersion(a.pool, schema), pgMigrations.at(-1)!.version);
      } finally {
        await a.close();
        await b.close();
        await dropSchemas([schema]);
      }
    });

    it('migrate fills a gap: a schema at versions {1, 3} gets 2, and nothing runs twice', async () => {
      const schema = freshSchema();
      const store = tempStore(schema);
      try {
        const [first, second, third] = pgMigrations;
        assert.deepEqual([first!.version, second!.version, third!.version], [1, 2, 3]);
        assert.deepEqual(await migratePg(store.pool, schema, [first!, third!]), [1, 3], 'migrated while 002 did not exist');
        const reviews = async () => (await store.pool.query(`SELECT to_regclass('"${schema}".reviews') IS NOT NULL AS t`)).rows[0].t;
        assert.equal(await reviews(), false);
        assert.deepEqual(await migratePg(store.pool, schema, [first!, second!, third!]), [2], 'the missing version is applied, the others are not re-run');
        assert.equal(await reviews(), true);
        const rows = (await store.pool.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)).rows;
        assert.deepEqual(rows, [{ version: 1 }, { version: 2 }, { version: 3 }]);
        assert.deepEqual(await migratePg(store.pool, schema, [first!, second!, third!]), []);
      } finally {
        await store.close();
      }
    });

    it('a failing migration leaves the schema at the last whole version', async () => {
      const schema = freshSchema();
      const store = tempStore(schema);
      try {
        await store.migrate();
        const top = pgMigrations.at(-1)!.version;
        const broken = { version: top + 1, name: 'broken', sql: 'CREATE TABLE half (x int); CREATE TABLE half (x int);' };
        await assert.rejects(migratePg(store.pool, schema, [...pgMigrations, broken]), /migration .* \(broken\) failed.*already exists/);
        assert.equal(await store.schemaVersion(), top);
        assert.equal((await store.pool.query(`SELECT to_regclass('"${schema}".half') AS t`)).rows[0].t, null);
      } finally {
        await store.close();
      }
    });

    it('disjoint keys do not wait for each other (only overlapping ones do)', async () => {
      const store = await emptiedStore();
      try {
        let release!: () => void;
        const released = new Promise<void>((r) => { release = r; });
        let locked!: () => void;
        const isLocked = new Promise<void>((r) => { locked = r; });
        const holder = store.transaction(async () => {
          await store.lockKeys(['cell:x']);
          locked();
          await released;
        });
        await isLocked;
        const order: string[] = [];
        await store.transaction(async () => {
          await store.lockKeys(['cell:y', 'cell:z']);
          order.push('disjoint locker done');
        });
        order.push('holder released');
        release();
        await holder;
        assert.deepEqual(order, ['disjoint locker done', 'holder released'], 'cell:y was free while cell:x was held');
      } finally {
        await store.close();
      }
    });

    it('two stores on one schema (two processes) exclude each other on a shared key', async () => {
      const a = await emptiedStore();
      const b = openPgStore(`${url}?schema=${a.schema}`);
      try {
        const log: string[] = [];
        let locked!: () => void;
        const isLocked = new Promise<void>((r) => { locked = r; });
        const first = a.transaction(async () => {
          await a.lockKeys(['cell:shared']);
          locked();
          await new Promise((r) => setTimeout(r, 80));
          log.push('a done');
        });
        await isLocked;
        await b.transaction(async () => {
          await b.lockKeys(['cell:shared']);
          log.push('b locked');
        });
        await first;
        assert.deepEqual(log, ['a done', 'b locked']);
      } finally {
        await a.close();
        await b.close();
      }
    });

    /**
     * Two resolvers of one strike, each reading the candidates and then meeting at a barrier
     * before writing, so both read before either writes on every run. With `lock`, each first
     * takes lockKeys: the second blocks there, never reaches the barrier, and the first goes on
     * after the barrier's timeout (no deadlock).
     */
    async function twoResolvers(store: PgStore, lock: boolean): Promise<{ incidents: number; outcomes: string[] }> {
      const meet = barrier(2, lock ? 300 : 10_000);
      const resolve = (id: string) => store.transaction(async () => {
        if (lock) await store.lockKeys(['cell:strike']);
        const found = await store.candidateIncidents(['cell:strike']);
        await meet.arrive();
        if (!found.length) await store.putIncident(incidentFixture({ id }), ['cell:strike']);
      });
      await Promise.all([resolve('i-1'), resolve('i-2')]);
      return { incidents: await store.countIncidents(), outcomes: [...meet.outcomes].sort() };
    }

    it('without lockKeys, two resolvers that both read before either writes make two incidents (why the lock is needed)', async () => {
      const store = await emptiedStore();
      try {
        const { incidents, outcomes } = await twoResolvers(store, false);
        assert.deepEqual(outcomes, ['met', 'met'], 'both read the candidates before either wrote');
        assert.equal(incidents, 2, 'read committed: each saw no incident');
      } finally {
        await store.close();
      }
    });

    it('with lockKeys, the same two resolvers make one incident: the second reads only after the first commits', async () => {
      const store = await emptiedStore();
      try {
        const { incidents, outcomes } = await twoResolvers(store, true);
        assert.equal(incidents, 1);
        assert.deepEqual(outcomes, ['met', 'timeout'], 'the second was blocked on the lock while the first waited at the barrier');
      } finally {
        await store.close();
      }
    });

    it('the URL\'s options reach every connection, beside the schema\'s search_path', async () => {
      const store = await emptiedStore();
      const tuned = openPgStore(`${url}?schema=${store.schema}&options=${encodeURIComponent('-c statement_timeout=12345')}`);
      try {
        const row = (await tuned.pool.query(`SELECT current_setting('statement_timeout') AS t, current_schema() AS s`)).rows[0];
        assert.deepEqual(row, { t: '12345ms', s: store.schema });
      } finally {
        await tuned.close();
        await store.close();
      }
    });

    it('every connection gets the store\'s planner setting (random_page_cost 1.1), which a URL\'s options can override', async () => {
      const store = await emptiedStore();
      const tuned = openPgStore(`${url}?schema=${store.schema}&options=${encodeURIComponent('-c random_page_cost=2')}`);
      try {
        assert.equal((await store.pool.query(`SELECT current_setting('random_page_cost') AS c`)).rows[0].c, '1.1');
        assert.equal((await tuned.pool.query(`SELECT current_setting('random_page_cost') AS c`)).rows[0].c, '2');
      } finally {
        await tuned.close();
        await store.close();
      }
    });

    it('putSentenceOrigins creates a missing sentence row from the report text, sliced in UTF-16 offsets', async () => {
      const store = await emptiedStore();
      try {
        const text = 'Drone 🛰️ seen over the port. A strike followed at dawn.';
        await store.putReport(reportFixture({ id: 'r-emoji', text }));
        await store.pool.query('DELETE FROM sentences WHERE report = $1 AND idx = 1', ['r-emoji']);
        const start = text.indexOf('A strike');
        await store.putSentenceOrigins([{ report: 'r-emoji', sentence: 1, start, end: text.length, originReport: 'r-x', originSentence: 4, similarity: 0.9 }]);
        const row = (await store.pool.query('SELECT text, char_start FROM sentences WHERE report = $1 AND idx = 1', ['r-emoji'])).rows[0];
        assert.deepEqual(row, { text: 'A strike followed at dawn.', char_start: start });
        assert.equal((await store.getSentenceOrigins('r-emoji'))[0]?.originReport, 'r-x');
      } finally {
        await store.close();
      }
    });

    it('search folds Latin diacritics and case both ways, and stems like porter', async () => {
      const store = await emptiedStore();
      try {
        await store.putReport(reportFixture({ id: 'r-cafe', text: 'Shelling struck the Café Zürich near the bridges on Monday.', title: null }));
        for (const q of ['cafe', 'CAFÉ', 'zurich', 'bridge', 'shelled']) {
          assert.deepEqual((await store.searchReports(q)).map((h) => h.id), ['r-cafe'], q);
        }
        assert.deepEqual(await store.searchReports('café tramway'), []);
        assert.deepEqual(await store.searchReports('!!! ***'), [], 'no words: no hits, no error');
        assert.match((await store.searchReports('bridge'))[0].snippet, /\[bridges\]/);
      } finally {
        await store.close();
      }
    });

    it('an invalid schema name or URL is refused with a clear error', () => {
      assert.throws(() => openPgStore(`${url}?schema=bad-name;drop`), /invalid schema name/);
      assert.throws(() => openPgStore('mysql://x'), /not a PostgreSQL URL/);
    });
  });
}
