import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { checkFloors, raiseFloors, readFloors, writeRaisedFloors } from './floors.js';
import { defaultDataDir } from './paths.js';
import { runEval } from './runner.js';
import type { SetResult } from './types.js';

const set = (measures: [string, number][]): SetResult => ({
  set: 'acled', items: 1, seconds: 0, notes: [], measures: measures.map(([key, value]) => ({ key, label: key, value, detail: '' })),
});

test('checkFloors: a measure below its floor, or missing, breaks it', () => {
  const report = { sets: [set([['acled.date.exact', 0.8], ['acled.place.within25km', 0.95]])] };
  assert.deepEqual(checkFloors({ 'acled.date.exact': 0.9, 'acled.place.within25km': 0.9 }, report), [{ key: 'acled.date.exact', floor: 0.9, value: 0.8 }]);
  assert.deepEqual(checkFloors({ 'acled.renamed': 0.1 }, report), [{ key: 'acled.renamed', floor: 0.1, value: null }]);
  assert.deepEqual(checkFloors({ 'airwars.killed.both': 0.5 }, report), [], 'sets not run are not checked');
});

test('raiseFloors: up to the figure reached, rounded down; never down', () => {
  const report = { sets: [set([['acled.a', 0.6172], ['acled.b', 0.2], ['acled.c', 0.999], ['acled.x.precision', 0.9]])] };
  assert.deepEqual(raiseFloors({ 'acled.a': 0.5, 'acled.b': 0.3 }, report), { 'acled.a': 0.61, 'acled.b': 0.3, 'acled.c': 0.99 });
});

test('writeRaisedFloors refuses a partial evaluation: a limit, a skipped start or the PolNeAR train split', () => {
  const base = { format: 'civwatch.eval/1' as const, date: '2026-11-26T00:00:00Z', commit: null, dataDir: '/nowhere', seconds: 0, sets: [set([['acled.a', 0.9]])] };
  const path = '/nonexistent-dir/floors.json';
  assert.throws(() => writeRaisedFloors({ ...base, limit: 5 }, path), /full evaluation/);
  assert.throws(() => writeRaisedFloors({ ...base, limit: null, skip: 3 }, path), /full evaluation/);
  assert.throws(() => writeRaisedFloors({ ...base, limit: null, polnearSplit: 'train' }, path), /full evaluation/);
});

test('raiseFloors: re3d Quantity exact F1 stays unfloored (its overlap F1 does not)', () => {
  const report = { sets: [set([['re3d.Quantity.exact.f1', 0.008], ['re3d.Quantity.overlap.f1', 0.105]])] };
  assert.deepEqual(raiseFloors({}, report), { 're3d.Quantity.overlap.f1': 0.1 });
});

test('the evaluation on ../shared/data reaches every floor in eval/floors.json', { timeout: 10 * 60_000 }, (t) => {
  const dataDir = defaultDataDir();
  if (!existsSync(dataDir)) {
    if (process.env.CI === 'true') assert.fail(`${dataDir} is absent: CI must run the evaluation`);
    t.skip(`../shared/data absent (${dataDir}): evaluation floors not checked`);
    return;
  }
  const { floors } = readFloors();
  const report = runEval({ dataDir });
  for (const s of report.sets) t.diagnostic(`${s.set}: ${s.items} item(s) in ${s.seconds.toFixed(1)} s`);
  const breaches = checkFloors(floors, report);
  assert.deepEqual(breaches, [], `measures below their floor:\n${breaches.map((b) => `  ${b.key}: ${b.value} < ${b.floor}`).join('\n')}`);
  assert.ok(report.seconds < 300, `the evaluation took ${report.seconds.toFixed(0)} s (limit 300 s)`);
});
