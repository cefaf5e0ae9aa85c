/**
 * NUL (U+0000) and other control characters through every entry point: CLI analyze and ingest,
 * ingestReport into SQLite and PostgreSQL, and POST /api/reports on both. PostgreSQL text columns
 * cannot hold U+0000; the rule (src/input/clean-text.ts) removes it before hashing, so both stores
 * hold the same text, offsets index it, and the text with and without NULs is one report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open.js';
import { needPostgres } from '../testing/services.js';
import { ingestReport } from './ingest.js';
import { buildServer } from '../server/server.js';
import { runCli } from '../testing/cli.js';
import { withPgSchema } from '../testing/pg-schema.js';

// Written for this test: an invented shelling, with NULs and other controls sprinkled in.
const CLEAN = 'Shelling kills three at Kafr Nabl market\n\nArtillery shells killed three civilians and wounded seven at the vegetable market in Kafr Nabl on Tuesday morning, a local rescue group said.\n\nResidents said the shells came from government positions to the south.';
const DIRTY = CLEAN.replace('three civilians', 'three\u0000 civilians').replace('Kafr Nabl on', 'Kafr\u0000 Nabl\u0001 on').replace(/\n\n/g, '\r\n\r\n') + '\u0000\u001B';
const META = { published: '2021-06-15', outlet: 'Idlib\u0000 Monitor', title: 'Shelling kills three\u0000 at Kafr Nabl market', url: 'https://monitor.example.org/kafr-nabl' };

async function checkStore(store: Store): Promise<void> {
  await store.migrate();
  const first = await ingestReport(store, { text: DIRTY, meta: META }, { now: () => '2026-11-26T07:00:00.000Z' });
  assert.equal(first.status, 'stored');
  const stored = await store.getReport(first.id);
  assert.ok(stored);
  assert.equal(stored.text, CLEAN);
  assert.equal(stored.outlet, 'Idlib Monitor');
  assert.equal(stored.title, 'Shelling kills three at Kafr Nabl market');
  assert.equal(stored.analysis.report.text, CLEAN);
  for (const s of [...stored.analysis.casualties, ...stored.analysis.places, ...stored.analysis.dates]) {
    assert.equal(stored.text.slice(s.start, s.end), s.text, `${s.text} at ${s.start}`);
  }
  assert.equal(stored.analysis.casualties[0]?.min, 3);
  // The same text without the NULs (and another URL) is the same report.
  const again = await ingestReport(store, { text: CLEAN, meta: { ...META, url: 'https://mirror.example.org/x' } });
  assert.deepEqual([again.status, again.id], ['duplicate', first.id]);
}

test('ingestReport into SQLite stores the cleaned text and dedupes it against the clean one', async () => {
  const store = await openStore(':memory:');
  try {
    await checkStore(store);
  } finally {
    await store.close();
  }
});


test('ingestReport into PostgreSQL stores a text that had NULs (it refuses U+0000 itself)', async (t) => {
  const url = await needPostgres(t);
  if (!url) return;
  await withPgSchema(url, 'civwatch_nul', async (target) => {
    const store = await openStore(target);
    try {
      await checkStore(store);
    } finally {
      await store.close();
    }
  });
});

async function postTwice(store: Store): Promise<void> {
  await store.migrate();
  const app = await buildServer({ store, now: () => '2026-11-26T07:00:00.000Z' });
  try {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/reports', payload });
    const res = await post({ ...META, text: DIRTY });
    assert.equal(res.statusCode, 201, res.body);
    const id = (res.json() as { data: { id: string } }).data.id;
    const got = await app.inject({ method: 'GET', url: `/api/reports/${encodeURIComponent(id)}` });
    assert.equal(got.statusCode, 200);
    const data = (got.json() as { data: { text: string; title: string; spans: { start: number; end: number }[] } }).data;
    assert.equal(data.text, CLEAN);
    assert.equal(data.title, 'Shelling kills three at Kafr Nabl market');
    for (const s of data.spans) assert.ok(s.end <= CLEAN.length && s.start >= 0);
    const dup = await post({ ...META, url: 'https://mirror.example.org/y', text: CLEAN });
    assert.equal(dup.statusCode, 200);
    assert.equal((dup.json() as { data: { status: string } }).data.status, 'duplicate');
    // NEGATIVE: a text that is nothing but control characters is still an empty report, refused.
    const empty = await post({ text: '\u0000\u0001\u0000' });
    assert.equal(empty.statusCode, 400, empty.body);
  } finally {
    await app.close();
  }
}

test('POST /api/reports with NULs in text and title on SQLite: 201, clean text served, then duplicate', async () => {
  const store = await openStore(':memory:');
  try {
    await postTwice(store);
  } finally {
    await store.close();
  }
});

test('POST /api/reports with NULs in text and title on PostgreSQL: 201, NOT a 500', async (t) => {
  const url = await needPostgres(t);
  if (!url) return;
  await withPgSchema(url, 'civwatch_nul', async (target) => {
    const store = await openStore(target);
    try {
      await postTwice(store);
    } finally {
      await store.close();
    }
  });
});

const run = runCli;

test('CLI: analyze a file with a stray NUL byte and a JSON Lines record with \\u0000; ingest them as one report', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-nul-'));
  try {
    await writeFile(join(dir, 'report.txt'), DIRTY);
    await writeFile(join(dir, 'batch.jsonl'), JSON.stringify({ ...META, text: DIRTY }) + '\n');
    const file = await run(['analyze', join(dir, 'report.txt'), '--format', 'json', '--published', '2021-06-15']);
    assert.equal(file.code, 0, file.err);
    const a = JSON.parse(file.out) as { report: { text: string }; casualties: { min: number; start: number; end: number; text: string }[] };
    assert.equal(a.report.text, CLEAN);
    for (const c of a.casualties) assert.equal(CLEAN.slice(c.start, c.end), c.text);
    const batch = await run(['analyze', '--jsonl', join(dir, 'batch.jsonl')]);
    assert.equal(batch.code, 0, batch.err);
    assert.equal((JSON.parse(batch.out) as { report: { text: string; outlet: string } }).report.outlet, 'Idlib Monitor');
    const db = join(dir, 'c.db');
    const ingested = await run(['ingest', join(dir, 'batch.jsonl'), join(dir, 'report.txt'), '--db', db, '--published', '2021-06-15']);
    assert.equal(ingested.code, 0, ingested.err);
    const store = await openStore(db);
    try {
      assert.equal(await store.countReports(), 1, `one report stored: ${ingested.out}${ingested.err}`);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
