import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCounts, prf } from './prf.js';

test('prf: precision, recall and F1 from counts', () => {
  const s = prf({ tp: 3, fp: 1, fn: 2 });
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.6);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
});

test('prf: predicting nothing scores 0, not NaN and not 1', () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 5 }), { precision: 0, recall: 0, f1: 0 });
});

test('prf: all wrong predictions score 0 even with gold present', () => {
  assert.equal(prf({ tp: 0, fp: 4, fn: 4 }).f1, 0);
});

test('addCounts sums counts (micro-averaging)', () => {
  assert.deepEqual(addCounts({ tp: 1, fp: 0, fn: 2 }, { tp: 3, fp: 1, fn: 0 }), { tp: 4, fp: 1, fn: 2 });
});
