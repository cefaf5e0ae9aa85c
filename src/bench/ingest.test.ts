import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costLine, projectCpuSeconds, runIngest, type IngestChunk } from './ingest.js';
import { formatIngest, runIngestSuite } from './ingest-suite.js';
import { splitProfile } from './phases.js';
import { timeStore } from './store-timing.js';
import { openSqliteStore } from '../store/sqlite/store.js';

// Plumbing only: what the bench reports and how it projects, never how fast anything runs.

test('the cost line is flat for linear ingest and rises when each report costs more as the store fills', () => {
  const flat: IngestChunk[] = [10, 20, 30, 40].map((at) => ({ at, reports: 10, ms: 500, cpuMs: 400 }));
  assert.deepEqual(costLine(flat), { a: 40, b: 0 });
  assert.equal(projectCpuSeconds(flat, 100_000), 4000);
  // 1 ms more per report for every 10 stored: quadratic in total.
  const rising: IngestChunk[] = [10, 20, 30, 40].map((at) => ({ at, reports: 10, ms: 0, cpuMs: 10 * (40 + (at - 5) / 10) }));
  const { a, b } = costLine(rising);
  assert.ok(Math.abs(a - 40) < 1e-9 && Math.abs(b - 0.1) < 1e-9, `${a} ${b}`);
  assert.ok(projectCpuSeconds(rising, 100_000) > 100 * projectCpuSeconds(flat, 100_000), 'the quadratic term dominates at 100k');
  assert.deepEqual(costLine([]), { a: 0, b: 0 });
});

test('a CPU profile is split by phase: the store wins wherever it is called from, else the outermost known caller', () => {
  const node = (id: number, url: string, children: number[] = [], functionName = 'f') => ({ id, callFrame: { functionName, url }, children });
  const profile = {
    nodes: [
      node(1, '', [2, 9, 10], '(root)'),
      node(2, 'file:///x/dist/ingest/ingest.js', [3, 5, 7, 11]),
      node(3, 'file:///x/dist/analyze.js', [4]),
      node(4, 'file:///x/dist/stages/segment.js'),
      node(5, 'file:///x/dist/ingest/provenance-step.js', [6]),
      node(6, 'file:///x/dist/store/sqlite/provenance.js'),
      node(7, 'file:///x/dist/ingest/incident-step.js', [8]),
      node(8, 'file:///x/dist/report/report.js'), // a report helper called by resolution: resolution
      node(9, '', [], '(garbage collector)'),
      node(10, '', [], '(idle)'),
      node(11, 'file:///x/dist/corpus-gen/compose.js'),
    ],
    samples: [4, 4, 6, 8, 9, 10, 11, 2],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 5000, 1000, 1000],
  };
  const p = splitProfile(profile);
  assert.equal(p.analysis, 2);
  assert.equal(p['store (SQLite)'], 1);
  assert.equal(p.provenance, 0, 'store time under provenance is store time');
  assert.equal(p.resolution, 1);
  assert.equal(p['garbage collection'], 1);
  assert.equal(p.generator, 1);
  assert.equal(p.other, 1, 'ingest.js itself is no phase');
  assert.equal(Object.values(p).reduce((s, x) => s + x, 0), 7, 'idle is left out');
});

test('the timed store counts calls per method and still behaves as the store', async () => {
  const base = openSqliteStore(':memory:');
  await base.migrate();
  const timed = timeStore(base);
  assert.equal(await timed.store.countReports(), 0);
  assert.equal(await timed.store.getReport('nope'), null);
  await timed.store.transaction(async () => { await timed.store.countIncidents(); });
  const names = timed.timings().map((t) => t.name).sort();
  assert.deepEqual(names, ['countIncidents', 'countReports', 'getReport'], 'transaction is not timed, what runs inside is');
  for (const t of timed.timings()) assert.ok(t.calls === 1 && t.ms >= 0 && t.cpuMs >= 0, t.name);
  base.close();
});

test('an ingest run stores the corpus, finds its copies, and reports rates, memory and the database size', async () => {
  const run = await runIngest({ size: 12, seed: 2 });
  assert.equal(run.planted.originals + run.planted.independent + run.planted.copies, 12);
  assert.equal(run.stored + run.duplicates + run.failed, 12);
  assert.equal(run.failed, 0, run.firstFailure ?? '');
  assert.ok(run.planted.copies > 0, 'the 12 reports of seed 2 include a copy');
  assert.ok(run.copiesFound + run.duplicates >= run.planted.copies - 1, 'planted copies are found (or deduplicated when verbatim)');
  assert.ok(run.incidentsInStore >= 1);
  assert.ok(run.dbMiB > 0 && run.peakRssMiB > 0 && run.cpuSeconds > 0 && run.reportsPerCpuSecond > 0);
  assert.equal(run.chunks.reduce((s, c) => s + c.reports, 0), 12);
  assert.ok(run.store.some((t) => t.name === 'putReport' && t.calls === run.stored));
  assert.equal(run.phases, null, 'not profiled unless asked');
});

test('the suite skips a size projected over the limit and says so, and the summary names every figure', async () => {
  const r = await runIngestSuite({ sizes: [6, 1_000_000], seed: 2, maxMinutes: 0.01, profile: true, isolate: false, commit: 'abc1234' });
  assert.equal(r.runs.length, 1);
  assert.ok(r.runs[0].phases, 'the first size is profiled');
  assert.equal(r.skipped[0].size, 1_000_000);
  assert.ok(r.skipped[0].projectedSeconds > 0.6);
  const text = formatIngest(r);
  for (const needle of ['reports/s', 'reports/CPU-s', 'peak RSS', 'DB MiB', 'copies found', 'not run: projected', 'store methods', 'phases at 6', 'commit abc1234']) {
    assert.ok(text.includes(needle), `summary mentions ${needle}`);
  }
});
