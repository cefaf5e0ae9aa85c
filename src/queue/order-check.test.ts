import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perturbedOrder } from './order-check.js';

test('perturbedOrder is a permutation that moves some reports', () => {
  const o = perturbedOrder(200, 3);
  assert.deepEqual([...o].sort((a, b) => a - b), Array.from({ length: 200 }, (_, i) => i));
  assert.ok(o.some((x, i) => x !== i), 'some report out of place');
  assert.deepEqual(perturbedOrder(200, 3), o, 'the same seed, the same order');
  assert.deepEqual(perturbedOrder(1, 3), [0]);
});
