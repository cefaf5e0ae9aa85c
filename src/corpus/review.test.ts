import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCorrections, applyReview, keepHumanDecisions, ReviewError } from './review.js';
import type { ReviewRecord } from './types.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { eventFixture, harm, incidentFixture, place, range, reportFixture } from '../store/fixtures.js';

const MOSUL = place('Mosul', 'IQ', 36.34, 43.13);
const rec = (over: Partial<ReviewRecord>): ReviewRecord => ({
  id: 1, incident: 'i1', action: 'correct', by: 'rk', at: '2026-01-01T00:00:00Z', reason: 'r', field: 'perpetrator', before: null, after: 'Islamic State', ...over,
});

test('applyCorrections: the latest correction of a field wins; other actions and unknown fields change nothing', () => {
  const i = incidentFixture({ id: 'i1', date: '2017-03-17', place: MOSUL, perpetrator: 'US-led coalition', civilians: harm(range(3)) });
  const out = applyCorrections(i, [
    rec({ after: 'Iraqi Security Forces' }),
    rec({ id: 2, after: 'Islamic State' }),
    rec({ id: 3, field: 'civilians.killed', after: { min: 5, max: 9, conservative: 5 } }),
    rec({ id: 4, action: 'confirm', field: 'type', after: 'Armed clash' }),
    rec({ id: 5, field: 'notes', after: 'x' }),
  ]);
  assert.equal(out.perpetrator, 'Islamic State');
  assert.deepEqual(out.civilians.killed, { min: 5, max: 9, conservative: 5 });
  assert.equal(out.type, i.type);
  assert.equal(i.perpetrator, 'US-led coalition', 'the input is not changed');
  assert.ok(!('notes' in out));
});

test('keepHumanDecisions: nothing to keep writes nothing; a human grade gets one auto-grade note per change of the automatic grade', async () => {
  const store = openSqliteStore(':memory:');
  store.migrate();
  const e = eventFixture({ report: 'r1', date: '2017-03-17', place: MOSUL, civilians: harm(range(3)) });
  const plain = incidentFixture({ id: 'i1', date: '2017-03-17', place: MOSUL, events: [e.id] });
  assert.equal(await keepHumanDecisions(store, plain, () => [e], 't1', 'report r1'), plain);
  assert.deepEqual(await store.getReviews('i1'), []);
  const graded = { ...plain, grade: 'confirmed' as const, gradeHistory: [{ grade: 'confirmed' as const, reasons: ['analyst'], at: 't0', by: 'human' as const }] };
  await keepHumanDecisions(store, graded, () => [e], 't1', 'report r1');
  await keepHumanDecisions(store, graded, () => [e], 't2', 'report r2');
  const notes = await store.getReviews('i1');
  assert.equal(notes.length, 1, 'the same automatic grade is noted once');
  assert.equal(notes[0].action, 'auto-grade');
  assert.deepEqual(notes[0].before, { grade: 'confirmed' });
  assert.equal((notes[0].after as { grade: string }).grade, 'weak');
  assert.match(notes[0].reason, /^report r1: the automatic grade would now be weak; the analyst's grade confirmed stands$/);
  store.close();
});

test('applyReview refuses unknown incidents and merged-away ones; grade and correct are recorded with before and after', async () => {
  const store = openSqliteStore(':memory:');
  store.migrate();
  await store.putReport(reportFixture({ id: 'r1', text: 'A strike killed 3 civilians in Mosul, police said.' }));
  const e = eventFixture({ report: 'r1', date: '2017-03-17', place: MOSUL });
  await store.putEvents([e]);
  await store.putIncident(incidentFixture({ id: 'i1', date: '2017-03-17', place: MOSUL, events: [e.id], grade: 'weak' }), []);
  await assert.rejects(applyReview(store, 'nope', { action: 'confirm', reason: 'x' }, 't'), (err: unknown) => err instanceof ReviewError && err.kind === 'not-found');
  const [g] = await applyReview(store, 'i1', { action: 'grade', grade: 'fair', reason: 'two sources', by: 'rk' }, 't1');
  assert.deepEqual([g.before, g.after, g.by], [{ grade: 'weak' }, { grade: 'fair' }, 'rk']);
  assert.equal((await store.getIncident('i1'))?.grade, 'fair');
  const [c] = await applyReview(store, 'i1', { action: 'correct', field: 'date', value: { from: '2017-03-16', to: '2017-03-16' }, reason: 'night strike' }, 't2');
  assert.deepEqual(c.before, { from: '2017-03-17', to: '2017-03-17' });
  assert.deepEqual((await store.getIncident('i1'))?.date, { from: '2017-03-16', to: '2017-03-16' });
  await store.setMergedInto('i1', 'i2');
  await assert.rejects(applyReview(store, 'i1', { action: 'confirm', reason: 'x' }, 't3'), /was merged into "i2"/);
  store.close();
});
