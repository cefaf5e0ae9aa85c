import { test } from 'node:test';
import assert from 'node:assert/strict';
import { take, topTexts } from './types.js';

test('topTexts: most frequent first, ties alphabetical, at most n', () => {
  assert.equal(topTexts(['U.S.', 'Iraq', 'U.S.', 'Amman'], 2), '"U.S." ×2, "Amman" ×1');
  assert.equal(topTexts([], 3), '');
});

test('take: a limit keeps the first N, no limit keeps all', () => {
  assert.deepEqual(take([1, 2, 3], { limit: 2 }), [1, 2]);
  assert.deepEqual(take([1, 2, 3], {}), [1, 2, 3]);
  assert.deepEqual(take([1, 2, 3], { limit: 0 }), []);
  assert.deepEqual(take([1, 2, 3, 4], { skip: 1, limit: 2 }), [2, 3], 'skip then limit: a slice');
  assert.deepEqual(take([1, 2, 3], { skip: 2 }), [3]);
});
