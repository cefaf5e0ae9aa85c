import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/store.js';
import { ingestReport } from './ingest.js';
import { applyReview } from '../corpus/review.js';
import type { Incident } from '../corpus/types.js';
import { sideKey } from '../corpus/sides.js';
import { movesActivity } from './regrade-step.js';

// The bundled example corpus (examples/corpus/, written by the team): two independent reports of
// a strike in Tal al-Hawa that name no belligerent, and reports of a strike in Shujaiya, ~4 km
// away the same night, that blame the Israeli military.
const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = new Map(readFileSync(join(root, 'examples', 'corpus', 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string; published: string; outlet: string; title?: string })
  .map((d) => [d.id, { text: d.text, meta: { id: d.id, published: d.published, outlet: d.outlet, title: d.title } }]));
const TAL = ['gaza-talalhawa-stripdaily', 'gaza-talalhawa-coastal'];
const SHUJAIYA = ['gaza-shujaiya-meridian', 'gaza-shujaiya-stripdaily'];
const AT = () => '2026-01-01T00:00:00.000Z';

async function ingestAll(store: SqliteStore, ids: string[]): Promise<void> {
  for (const id of ids) await ingestReport(store, docs.get(id)!, { now: AT });
}

async function incidentOf(store: SqliteStore, report: string): Promise<Incident> {
  const r = await store.getReport(report);
  const events = await store.getEvents((r?.analysis.events ?? []).map((_, i) => `${report}#${i}`));
  const incident = await store.getIncident((await store.listIncidents({ limit: 100 })).items.find((i) => i.events.some((e) => events.some((x) => x.id === e)))!.id);
  assert.ok(incident, `an incident for ${report}`);
  return incident;
}

function fresh(): SqliteStore {
  const store = openSqliteStore(':memory:');
  store.migrate();
  return store;
}

test('an incident graded before the belligerent was known active nearby is re-graded when a later report shows it (Fair, history kept)', async () => {
  const store = fresh();
  await ingestAll(store, TAL);
  const before = await incidentOf(store, TAL[0]);
  assert.equal(before.grade, 'weak', before.gradeReasons.join('; '));
  await ingestAll(store, SHUJAIYA);
  const after = await incidentOf(store, TAL[0]);
  assert.equal(after.grade, 'fair', after.gradeReasons.join('; '));
  assert.match(after.gradeReasons.join('; '), /Israeli military inferred as the suspected belligerent, active there then/);
  assert.deepEqual(after.gradeHistory.map((g) => [g.grade, g.by]), [['weak', 'auto'], ['fair', 'auto']]);
  // The same grade as when the reports come in the other order.
  const other = fresh();
  await ingestAll(other, [...SHUJAIYA, ...TAL]);
  assert.equal((await incidentOf(other, TAL[0])).grade, 'fair');
  store.close();
  other.close();
});

test('an analyst\'s grade is not overwritten by the re-grade: it stands, and a review record says what the automatic grade would now be', async () => {
  const store = fresh();
  await ingestAll(store, TAL);
  const id = (await incidentOf(store, TAL[0])).id;
  await applyReview(store, id, { action: 'grade', grade: 'weak', reason: 'no belligerent named; checking with the field team', by: 'rk' }, '2026-01-02T00:00:00.000Z');
  await ingestAll(store, SHUJAIYA);
  const after = await incidentOf(store, TAL[0]);
  assert.equal(after.grade, 'weak');
  assert.equal(after.gradeHistory.at(-1)?.by, 'human');
  const notes = (await store.getReviews(id)).filter((r) => r.action === 'auto-grade');
  assert.equal(notes.length, 1, JSON.stringify(await store.getReviews(id)));
  assert.equal((notes[0].after as { grade: string }).grade, 'fair');
  store.close();
});

test('movesActivity: only a change of blamed side, or a blamed incident that moved or is new, sends the neighbours to be re-graded', () => {
  const place = { name: 'Shujaiya', country: 'PS', lat: 31.508, lon: 34.476, precision: 'district' as const };
  const date = { from: '2023-10-12', to: '2023-10-12', precision: 'day' as const };
  const inc = (perpetrator: string | null) => ({ perpetrator, date, place }) as unknown as Incident;
  assert.equal(movesActivity({ incident: inc('Israeli military'), before: null }), true, 'new, blamed');
  assert.equal(movesActivity({ incident: inc('Israeli military'), before: { side: null, date, place } }), true, 'now blamed');
  assert.equal(movesActivity({ incident: inc(null), before: { side: sideKey('Israeli military'), date, place } }), true, 'no longer blamed');
  // NOT: a new incident nobody is blamed for, or one whose blame, day and place stay as they were.
  assert.equal(movesActivity({ incident: inc(null), before: null }), false);
  const same = inc('Israeli military');
  assert.equal(movesActivity({ incident: same, before: { side: sideKey(same.perpetrator), date, place } }), false);
});
