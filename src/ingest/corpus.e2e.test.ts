import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/store.js';
import { readSources, type SourceItem } from './sources.js';
import { ingestBatch, type BatchSummary } from './batch.js';
import { allIncidents } from '../corpus/service.js';
import type { IncidentOut } from '../corpus/types.js';

// The bundled example corpus (examples/corpus/, written by the team), ingested through the
// service the CLI runs, then checked against its own manifest.
const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, 'examples', 'corpus', 'corpus.jsonl');

interface ManifestReport { id: string; copyOf: string | null; stitched: boolean; stitchedFrom?: string[]; incidents: string[] }
interface ManifestIncident {
  key: string; type: string; date: string; place: string; perpetrator: string; independentSources: number;
  civiliansKilled: { min: number; max: number; conservative: number }; grade: string; gradeReason: string; reports: string[];
}
const manifest = JSON.parse(readFileSync(join(root, 'examples', 'corpus', 'manifest.json'), 'utf8')) as {
  noIncident: string[]; reports: ManifestReport[]; incidents: ManifestIncident[];
};

/**
 * Expected incidents the pipeline does not yet resolve as the manifest says, and why (seen on the
 * run that wrote this test). Each still runs: `todo` reports it without failing the suite, and
 * shows when it starts to pass. Remove a line when its cause is fixed.
 */
const KNOWN_GAPS: Record<string, string> = {
};

let dir = '';
let store: SqliteStore;
let first: BatchSummary;
let second: BatchSummary;
let incidents: IncidentOut[] = [];
const failures: string[] = [];

async function* only(ids: Set<string>): AsyncGenerator<SourceItem> {
  for await (const item of readSources([corpus])) if ('doc' in item && ids.has(String(item.doc.meta.id))) yield item;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civwatch-corpus-e2e-'));
  store = openSqliteStore(join(dir, 'civwatch.db'));
  store.migrate();
  const onError = (where: string, e: Error) => failures.push(`${where}: ${e.message}`);
  first = await ingestBatch(store, readSources([corpus]), { onError });
  second = await ingestBatch(store, readSources([corpus]), { onError });
  for await (const i of allIncidents(store, {})) incidents.push(i);
});

after(async () => {
  store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the corpus ingests without failures: every report stored once, copies and the stitched page counted', () => {
  assert.deepEqual(failures, []);
  assert.equal(first.read, manifest.reports.length);
  assert.equal(first.stored, manifest.reports.length);
  assert.equal(first.failed, 0);
  assert.equal(first.copies, manifest.reports.filter((r) => r.copyOf).length);
  assert.equal(first.stitched, 1);
});

test('idempotent: ingesting the corpus again stores nothing and changes no count', async () => {
  assert.equal(second.stored, 0);
  assert.equal(second.duplicates, manifest.reports.length);
  assert.equal(second.incidentsCreated + second.incidentsUpdated, 0);
  assert.equal(await store.countReports(), manifest.reports.length);
  assert.equal(await store.countIncidents(), incidents.length);
});

test('copies: each syndicated copy points at its wire story, and no original is taken for a copy', async () => {
  for (const m of manifest.reports) {
    const r = await store.getReport(m.id);
    assert.ok(r, `${m.id} stored under its own id`);
    assert.equal(r.copyOf, m.copyOf, `${m.id} copyOf`);
    assert.equal(r.stitched, m.stitched, `${m.id} stitched`);
    if (m.copyOf) assert.equal(r.copyGroup, m.copyOf, `${m.id} is in its wire story's copy group`);
  }
});

test('the stitched page: its sentences come from the three reports it was built from', async () => {
  const m = manifest.reports.find((r) => r.stitched);
  assert.ok(m?.stitchedFrom);
  const origins = await store.getSentenceOrigins(m.id);
  const from = new Set(origins.filter((o) => o.originReport !== m.id).map((o) => o.originReport));
  assert.deepEqual([...from].sort(), [...m.stitchedFrom].sort());
});

test('re-anchoring: the stitched page\'s "earlier this month" means March, its origin\'s month, not April', async () => {
  const page = await store.getReport('mosul-stitched-worldbrief');
  const d = page?.analysis.dates.find((x) => /earlier this month/i.test(x.text));
  assert.ok(d, 'the date is found');
  assert.equal(d.from?.slice(0, 7), '2017-03');
  assert.equal(d.to?.slice(0, 7), '2017-03');
  const why = (d as { reanchored?: { from: string | null; reason: string } }).reanchored;
  assert.ok(why, 'the analysis says it was re-anchored');
  assert.equal(why.from?.slice(0, 7), '2017-04', 'the literal reading (April) is kept');
  assert.match(why.reason, /mosul-jadida-ack-tigris/);
});

test('re-anchoring: without its origin in the store, "earlier this month" is read against the page\'s own date', async () => {
  const alone = openSqliteStore(join(dir, 'alone.db'));
  try {
    alone.migrate();
    const s = await ingestBatch(alone, only(new Set(['mosul-stitched-worldbrief', 'mosul-zanjili-euphrates'])));
    assert.equal(s.stored, 2);
    const page = await alone.getReport('mosul-stitched-worldbrief');
    const d = page?.analysis.dates.find((x) => /earlier this month/i.test(x.text));
    assert.ok(d);
    assert.equal(d.from?.slice(0, 7), '2017-04');
    assert.equal((d as { reanchored?: unknown }).reanchored, undefined);
  } finally {
    alone.close();
  }
});

test('reports with no incident add none', async () => {
  for (const id of manifest.noIncident) {
    const hits = incidents.filter((i) => i.reports.some((r) => r.id === id) && i.civilians.killed.max !== 0);
    assert.deepEqual(hits.map((i) => i.id), [], `${id} adds no incident with casualties`);
  }
});

/** The stored incident holding most of an expected incident's reports (ties: more sources). */
function bestMatch(exp: ManifestIncident): IncidentOut | null {
  const scored = incidents.map((i) => ({ i, n: i.reports.filter((r) => exp.reports.includes(r.id)).length })).filter((x) => x.n > 0);
  scored.sort((a, b) => b.n - a.n || b.i.independentSources - a.i.independentSources);
  return scored[0]?.i ?? null;
}

for (const exp of manifest.incidents) {
  test(`incident ${exp.key}: its reports in one incident, date, place, sources, range and grade with reasons`, { todo: KNOWN_GAPS[exp.key] }, () => {
    const got = bestMatch(exp);
    assert.ok(got, 'an incident holds its reports');
    const ids = got.reports.map((r) => r.id);
    for (const id of exp.reports) assert.ok(ids.includes(id), `${id} in ${got.id} (${ids.join(', ')})`);
    const others = ids.filter((id) => !exp.reports.includes(id) && !manifest.reports.find((r) => r.id === id)?.stitched);
    assert.deepEqual(others, [], 'no report of another incident merged in');
    assert.equal(got.date?.from, exp.date);
    assert.equal(got.place?.name, exp.place);
    assert.equal(got.independentSources, exp.independentSources, 'independent sources');
    assert.deepEqual(got.civilians.killed, exp.civiliansKilled, 'civilians killed range');
    assert.equal(got.grade, exp.grade, `grade (reasons: ${got.gradeReasons.join('; ')})`);
    assert.ok(got.gradeReasons.length > 0 && got.gradeReasons.every((r) => r.trim().length > 0), 'the grade gives its reasons');
  });
}

test('the corpus resolves into as many incidents as the manifest lists', () => {
  assert.equal(incidents.length, manifest.incidents.length, incidents.map((i) => `${i.id} ${i.place?.name} ${i.date?.from}`).join('\n'));
});

const byKey = (key: string): IncidentOut => {
  const got = bestMatch(manifest.incidents.find((m) => m.key === key)!);
  assert.ok(got, key);
  return got;
};

test('an acknowledgment dated only by the day it was made joins the earlier strike it speaks of, and the merge says why', async () => {
  const jadida = byKey('mosul-2017-03-19-jadida');
  assert.equal(jadida.date?.from, '2017-03-19', 'the strike\'s date, not the statement\'s (30 March)');
  const merges = await store.getMerges(jadida.id);
  for (const event of ['mosul-jadida-ack-tigris#0', 'mosul-stitched-worldbrief#1']) {
    const m = merges.find((x) => x.event === event);
    assert.ok(m, `${event} merged into ${jadida.id}`);
    assert.match(m.reasons[0], /^acknowledgment by US-led coalition dated only by the day it was made \(2017-03-30\): a statement about an earlier incident, .* 11 days before/);
  }
});

test('Tal al-Hawa: no source names a belligerent; the one active there then (Shujaiya, the same night) is inferred and said', () => {
  const tal = byKey('gaza-2023-10-12-tal-al-hawa');
  const shujaiya = byKey('gaza-2023-10-12-shujaiya');
  assert.equal(tal.perpetrator, null, 'no source names one, and none is made up');
  assert.ok(tal.gradeReasons.some((r) => r.includes(`Israeli military inferred as the suspected belligerent, active there then: incident ${shujaiya.id} (Shujaiya`)), tal.gradeReasons.join(' | '));
});

test('Bureij and the Old City are contested by a denial, and the reasons name who denied', () => {
  assert.match(byKey('gaza-2023-10-16-bureij').gradeReasons.join(' | '), /Palestinian Islamic Jihad denied it/);
  assert.match(byKey('mosul-2017-03-26-old-city').gradeReasons.join(' | '), /US-led coalition denied it/);
});
