import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { needPostgres } from '../testing/services.js';
import { runCli } from '../testing/cli.js';
import { dropPgSchema, testSchemaName } from '../testing/pg-schema.js';

const run = runCli;

// Written for this test: two outlets' reports of one invented shelling, and an unrelated strike.
const LINES = [
  { id: 'pg-ledger-1', outlet: 'Northern Ledger', published: '2021-05-11', url: 'https://ledger.example.org/kutkai', text: 'Shelling kills three farmers near Kutkai\n\nArtillery shells fired by the military killed three farmers and wounded five other people in a village near Kutkai town on Sunday, a local rescue group said.\n\nThe shells hit the village as farmers were returning from their fields, residents said.' },
  { id: 'pg-valley-1', outlet: 'Valley Wire', published: '2021-05-12', text: 'Three farmers dead after shelling near Kutkai\n\nThree farmers died and five people were hurt when artillery shells struck a village near Kutkai town on Sunday evening, residents told Valley Wire.\n\nResidents blamed the military for the shelling.' },
  { id: 'pg-coast-1', outlet: 'Coast Courier', published: '2019-08-03', text: 'Air strike hits fishing boat\n\nAn air strike hit a fishing boat off the coast of Hodeidah on Friday, killing six fishermen, the port authority said.' },
];

const skipped: string[] = [];
const url = await needPostgres({ skip: (m?: string) => void skipped.push(m ?? 'PostgreSQL unreachable') });
const schema = testSchemaName('civwatch_cli_test');
const dirs: string[] = [];

after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  if (url) await dropPgSchema(url, schema);
});

/** The same server, another database. */
function otherDatabase(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.href;
}

/** The incidents document without the fields that name the moment of the run. */
function stable(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (['generated', 'generatedAt', 'ingestedAt', 'at'].includes(key) ? '<time>' : value));
}

if (!url) {
  test('CLI against PostgreSQL', { skip: skipped[0] }, () => undefined);
} else {
  const db = `${url}?schema=${schema}`;
  describe('CLI with --db postgres://', () => {
    test('migrate creates the schema, then says it is up to date (the URL as given, no password)', async () => {
      const first = await run(['migrate', '--db', db]);
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, /schema up to date \(0 reports, 0 incidents\)/);
      const again = await run(['migrate', '--db', db]);
      assert.equal(again.code, 0, again.err);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const versions = (await client.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)).rows.map((r) => r.version as number);
      await client.end();
      assert.ok(versions.length >= 1 && versions[0] === 1, `versions ${versions.join(',')}`);
    });

    test('ingest then incidents: the same incidents as the same ingest into SQLite', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'civwatch-pg-cli-'));
      dirs.push(dir);
      const file = join(dir, 'batch.jsonl');
      await writeFile(file, `${LINES.map((l) => JSON.stringify(l)).join('\n')}\n`);
      const sqlite = join(dir, 'same.db');
      for (const target of [db, sqlite]) {
        const r = await run(['ingest', file, '--db', target]);
        assert.equal(r.code, 0, r.err);
        assert.match(r.err, /3 reports read/);
      }
      const again = await run(['ingest', file, '--db', db]);
      assert.match(again.err, /stored 0, duplicates skipped 3/);
      const onPg = await run(['incidents', '--format', 'json', '--db', db]);
      const onSqlite = await run(['incidents', '--format', 'json', '--db', sqlite]);
      assert.equal(onPg.code, 0, onPg.err);
      const doc = stable(onPg.out) as { incidents: { reports: unknown[] }[] };
      assert.ok(doc.incidents.length >= 2, `incidents: ${doc.incidents.length}`);
      assert.deepEqual(doc, stable(onSqlite.out));
      const searched = await run(['incidents', '--format', 'json', '--q', 'fishermen', '--db', db]);
      assert.equal((stable(searched.out) as { incidents: unknown[] }).incidents.length, 1);
    });

    test('an unreachable server, unknown database or bad schema name is a one-line usage error (2), password hidden', async () => {
      const refused = await run(['migrate', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
      assert.equal(refused.code, 2);
      assert.match(refused.err, /^civwatch: cannot reach the database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: connect ECONNREFUSED/);
      assert.equal(refused.err.trimEnd().split('\n').length, 1, refused.err);
      const unknown = await run(['incidents', '--db', otherDatabase(url, 'civwatch_no_such_database')]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.err, /does not exist/);
      const bad = await run(['migrate', '--db', `${url}?schema=no-such;name`]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /cannot open --db .*invalid schema name/);
    });
  });
}
