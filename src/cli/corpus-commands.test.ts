import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS } from '../corpus/output.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from '../testing/cli.js';

const run = runCli;

// Written for these tests: two outlets' own reports of one invented strike, and a wire copy.
const LINES = [
  { id: 'ledger-1', outlet: 'Northern Ledger', published: '2021-05-11', url: 'https://ledger.example.org/hpakant', text: 'Shelling kills four traders in Hpakant market\n\nArtillery shells fired by the military killed four traders and wounded nine other people at the jade market in Hpakant township on Monday, a local rescue group said.\n\nThe shells landed shortly after the market opened, witnesses said, and several stalls caught fire.' },
  { id: 'valley-1', outlet: 'Valley Wire', published: '2021-05-12', text: 'Market shelling in Hpakant leaves four dead\n\nFour traders died and nine were hurt when artillery shells hit the jade market in Hpakant township on Monday morning, residents and a rescue worker told Valley Wire.\n\nResidents blamed the military, which has shelled villages around the township since April.' },
  { id: 'digest-1', outlet: 'Morning Digest', published: '2021-05-12', text: 'Four dead in Hpakant market shelling\n\nArtillery shells fired by the military killed four traders and wounded nine other people at the jade market in Hpakant township on Monday, a local rescue group said.\n\nThe shells landed shortly after the market opened, witnesses said, and several stalls caught fire.' },
];

let dir = '';
let db = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civwatch-corpus-cli-'));
  db = join(dir, 'test.db');
  await writeFile(join(dir, 'batch.jsonl'), `${LINES.map((l) => JSON.stringify(l)).join('\n')}\n`);
  const r = await run(['ingest', join(dir, 'batch.jsonl'), '--db', db]);
  assert.equal(r.code, 0, r.err);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('ingest: summary on standard error, nothing on standard output; a second run stores nothing', async () => {
  const r = await run(['ingest', join(dir, 'batch.jsonl'), '--db', db]);
  assert.equal(r.code, 0);
  assert.equal(r.out, '');
  assert.match(r.err, /3 reports read/);
  assert.match(r.err, /stored 0, duplicates skipped 3, copies 0/);
});

test('ingest: nothing to ingest is a usage error (2); a missing file fails the run (1) with one line', async () => {
  assert.equal((await run(['ingest', '--db', db])).code, 2);
  const r = await run(['ingest', join(dir, 'missing.txt'), '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^civwatch: .*missing\.txt: no such file$/m);
  assert.match(r.err, /failed 1/);
});

test('incidents --format json: the civwatch.incidents/1 document, the copy in its wire story\'s group', async () => {
  const r = await run(['incidents', '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as { format: string; incidents: { id: string; reports: { id: string; copyOf: string | null }[]; independentSources: number; grade: string; gradeReasons: string[] }[] };
  assert.equal(doc.format, 'civwatch.incidents/1');
  const market = doc.incidents.find((i) => i.reports.some((x) => x.id === 'ledger-1'));
  assert.ok(market, 'the market shelling is an incident');
  assert.equal(market.reports.find((x) => x.id === 'digest-1')?.copyOf, 'ledger-1');
  assert.ok(market.gradeReasons.length > 0);
});

test('incidents: csv header and one row per incident; geojson points; a table on a terminal', async () => {
  const json = JSON.parse((await run(['incidents', '--db', db, '--format', 'json'])).out) as { incidents: unknown[] };
  const csv = await run(['incidents', '--db', db, '--format', 'csv']);
  const rows = csv.out.trimEnd().split('\r\n');
  assert.equal(rows[0], CSV_COLUMNS.join(','));
  assert.equal(rows.length, json.incidents.length + 1);
  const geo = JSON.parse((await run(['incidents', '--db', db, '--format', 'geojson'])).out) as { type: string; features: { geometry: { coordinates: number[] } | null }[] };
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, json.incidents.length);
  const table = await run(['incidents', '--db', db], { tty: true });
  assert.match(table.out, /^ID\s+DATE\s+PLACE/);
  assert.match(table.out, /Hpakant/);
});

test('incidents filters: dates, place radius, grade ladder; bad values are usage errors', async () => {
  const count = async (...args: string[]) => (JSON.parse((await run(['incidents', '--db', db, '--format', 'json', ...args])).out) as { incidents: unknown[] }).incidents.length;
  const all = await count();
  assert.ok(all >= 1);
  assert.equal(await count('--since', '2021-06-01'), 0);
  assert.equal(await count('--since', '2021-05-01', '--until', '2021-05-31'), await count('--since', '2021-05-01'));
  assert.equal(await count('--near', '-33.9,18.4,50'), 0, 'nothing near Cape Town');
  assert.ok(await count('--near', '25.63,96.30,30') >= 1, 'Hpakant is within 30 km');
  assert.equal(await count('--grade', 'weak+'), await count('--grade', 'weak,fair,confirmed'));
  assert.equal(await count('--q', 'jade'), await count('--q', 'jade market'));
  assert.equal(await count('--q', 'volcano'), 0);
  for (const bad of [['--grade', 'contested+'], ['--grade', 'excellent'], ['--near', '25,96'], ['--since', '2021-13-01']]) {
    assert.equal((await run(['incidents', '--db', db, ...bad])).code, 2, bad.join(' '));
  }
});

test('show: an incident\'s sources, claims and evidence; an unknown id is an input error', async () => {
  const doc = JSON.parse((await run(['incidents', '--db', db, '--format', 'json'])).out) as { incidents: { id: string; reports: { id: string }[] }[] };
  const market = doc.incidents.find((i) => i.reports.some((x) => x.id === 'ledger-1'));
  assert.ok(market);
  const r = await run(['show', market.id, '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(`^${market.id}`));
  assert.match(r.out, /Evidence:\n {2}ledger-1#\d+: /);
  assert.match(r.out, /Merges:/);
  const missing = await run(['show', 'inc-000000000000', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no incident "inc-000000000000"/);
});

test('reports --copies-of: the wire story lists its copy; the copy shows where its sentences came from', async () => {
  const wire = await run(['reports', '--copies-of', 'ledger-1', '--db', db]);
  assert.equal(wire.code, 0, wire.err);
  assert.match(wire.out, /Copies \(1\):\n {2}digest-1/);
  const copy = await run(['reports', '--copies-of', 'digest-1', '--db', db, '--format', 'json']);
  const view = JSON.parse(copy.out) as { report: { copyOf: string }; sentences: { originReport: string }[] };
  assert.equal(view.report.copyOf, 'ledger-1');
  assert.ok(view.sentences.some((s) => s.originReport === 'ledger-1'));
  assert.equal((await run(['reports', '--db', db])).code, 2, 'no --copies-of is a usage error');
  assert.equal((await run(['reports', '--copies-of', 'nope', '--db', db])).code, 1);
});

test('migrate: creates the schema, then says it is up to date', async () => {
  const fresh = join(dir, 'fresh.db');
  const r = await run(['migrate', '--db', fresh]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /schema up to date \(0 reports, 0 incidents\)/);
  assert.match((await run(['migrate', '--db', db])).out, /\(3 reports, \d+ incidents\)/);
});

test('ingest --feed: each item\'s page fetched and stored with the feed\'s outlet and date; --no-fetch reads a feed file\'s own text', async () => {
  const page = '<!doctype html><html><head><meta property="og:title" content="Boat hit off Sittwe"></head><body><article><p>Two fishermen were killed and three wounded when a boat was shelled off Sittwe on Friday, relatives said.</p><p>The navy did not comment on the shelling.</p></article></body></html>';
  const server = createServer((req, res) => {
    if (req.url === '/rss') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Weekly</title><item><title>Boat hit</title><link>http://127.0.0.1:${(server.address() as AddressInfo).port}/boat</link><pubDate>Sat, 04 Jun 2022 08:00:00 GMT</pubDate></item></channel></rss>`);
    else if (req.url === '/boat') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const feedDb = join(dir, 'feed.db');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const r = await run(['ingest', '--feed', `${base}/rss`, '--db', feedDb]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /stored 1,/);
    const doc = JSON.parse((await run(['incidents', '--db', feedDb, '--format', 'json'])).out) as { incidents: { reports: { outlet: string; published: string; url: string }[] }[] };
    const rep = doc.incidents.flatMap((i) => i.reports)[0];
    assert.deepEqual([rep?.outlet, rep?.published, rep?.url], ['Coast Weekly', '2022-06-04', `${base}/boat`]);
  } finally {
    await new Promise((r) => server.close(r));
  }
  const file = join(dir, 'coast.xml');
  await writeFile(file, '<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Weekly</title><item><title>Jetty fire</title><link>http://127.0.0.1:9/unreachable</link><description>A fire at the Sittwe jetty destroyed six boats on Sunday, harbour workers said. No one was hurt.</description></item></channel></rss>');
  const offline = await run(['ingest', file, '--no-fetch', '--db', join(dir, 'offline.db')]);
  assert.equal(offline.code, 0, offline.err);
  assert.match(offline.err, /stored 1,/);
});
