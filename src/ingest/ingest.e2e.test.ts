import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateReports, toJsonRecord } from '../corpus-gen/generate.js';
import { eventRecords } from '../corpus/events.js';
import type { Analysis } from '../report/analysis.js';

// Through the built CLI, as a user runs it: `node bin/civwatch.js …` (npm test builds dist/ first).
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'civwatch.js');

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', CIVWATCH_DEBUG: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

const REPORTS = 120;
let dir = '';
let reportsDir = '';
let db = '';
let ids: string[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civwatch-ingest-e2e-'));
  reportsDir = join(dir, 'reports');
  db = join(dir, 'civwatch.db');
  const generated = generateReports({ count: REPORTS, seed: 11 });
  ids = generated.map((r) => r.id);
  // One report per file, in sub-directories of 40, as a monitor's download folder might be.
  for (const [i, r] of generated.entries()) {
    const sub = join(reportsDir, `batch-${Math.floor(i / 40)}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `${String(i).padStart(4, '0')}-${r.id}.jsonl`), `${JSON.stringify(toJsonRecord(r))}\n`);
  }
  // The same report under another file name (stored once), and a corrupt file (reported, skipped).
  await writeFile(join(reportsDir, 'batch-0', 'zz-again.jsonl'), `${JSON.stringify({ ...toJsonRecord(generated[3]), id: 'again' })}\n`);
  await writeFile(join(reportsDir, 'batch-1', 'broken.txt'), Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x01]));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function storedCount(): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or the schema not there yet
  }
}

/** Every stored report is whole: its sentences, spans, events and band keys are there too. */
function checkWhole(): { reports: number; perReport: { id: string; sentences: number; events: number; expectedEvents: number; bands: number }[] } {
  const conn = new Database(db);
  try {
    const integrity = conn.pragma('integrity_check', { simple: true });
    assert.equal(integrity, 'ok');
    assert.deepEqual(conn.pragma('foreign_key_check'), []);
    const rows = conn.prepare(`SELECT r.id,
        (SELECT COUNT(*) FROM sentences s WHERE s.report = r.id) AS sentences,
        (SELECT COUNT(*) FROM events e WHERE e.report = r.id) AS events,
        r.analysis, r.copy_group AS copyGroup, r.published, r.outlet,
        (SELECT COUNT(*) FROM report_bands b WHERE b.report = r.id) AS bands
      FROM reports r`).all() as { id: string; sentences: number; events: number; analysis: string; copyGroup: string; published: string | null; outlet: string | null; bands: number }[];
    const unlinked = conn.prepare('SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.event = e.id)').get() as { n: number };
    assert.equal(unlinked.n, 0, 'every stored event belongs to an incident');
    // The event records a whole report has: as many as its stored analysis gives.
    const perReport = rows.map(({ analysis, copyGroup, published, outlet, ...r }) => ({
      ...r, expectedEvents: eventRecords(JSON.parse(analysis) as Analysis, { id: r.id, copyGroup, published, outlet }).length,
    }));
    return { reports: rows.length, perReport };
  } finally {
    conn.close();
  }
}

test('SIGKILL in the middle of a batch leaves no half-stored report; running again completes it, each report once', { timeout: 600_000 }, async () => {
  const first = start(['ingest', reportsDir, '--db', db]);
  // Kill it once some reports are in and well before the end.
  const killAt = 15;
  for (;;) {
    const n = storedCount();
    if (n >= killAt) break;
    const raced = await Promise.race([first.done.then(() => 'ended'), new Promise((r) => setTimeout(() => r('poll'), 100))]);
    assert.notEqual(raced, 'ended', 'the batch ended before it could be killed');
  }
  first.child.kill('SIGKILL');
  const killed = await first.done;
  assert.equal(killed.signal, 'SIGKILL');

  const midway = checkWhole();
  assert.ok(midway.reports >= killAt && midway.reports < REPORTS, `killed midway: ${midway.reports} stored`);
  for (const r of midway.perReport) {
    assert.ok(r.sentences > 0, `${r.id} stored without its sentences`);
    assert.equal(r.events, r.expectedEvents, `${r.id}: ${r.events} of its ${r.expectedEvents} events stored`);
    assert.ok(r.bands > 0, `${r.id} stored without its copy-detection keys`);
  }

  const second = await start(['ingest', reportsDir, '--db', db]).done;
  assert.equal(second.code, 1, `a corrupt file makes the exit code 1; stderr:\n${second.stderr}`);
  const lines = second.stderr.split('\n');
  const broken = lines.filter((l) => l.includes('broken.txt'));
  assert.equal(broken.length, 1, `the corrupt file is reported on one line:\n${second.stderr}`);
  assert.match(second.stderr, /duplicates skipped (\d+)/);
  const skipped = Number(/duplicates skipped (\d+)/.exec(second.stderr)?.[1]);
  assert.ok(skipped >= midway.reports, `reports stored before the kill are skipped (${skipped} skipped, ${midway.reports} stored)`);
  assert.match(second.stderr, /failed 1\b/);

  const end = checkWhole();
  assert.equal(end.reports, REPORTS, 'every report stored exactly once (the duplicate file too is the same report)');
  assert.deepEqual(end.perReport.map((r) => r.id).sort(), [...ids].sort());
  for (const r of end.perReport) assert.equal(r.events, r.expectedEvents, `${r.id} events`);

  // A third run changes nothing.
  const third = await start(['ingest', reportsDir, '--db', db]).done;
  assert.match(third.stderr, new RegExp(`stored 0, duplicates skipped ${REPORTS + 1}\\b`));
  assert.equal(checkWhole().reports, REPORTS);
});
