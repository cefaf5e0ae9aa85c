import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveSeed, mulberry32 } from './prng.js';

test('mulberry32 gives the same sequence for a seed, a different one for another seed', () => {
  const a = mulberry32(1);
  const b = mulberry32(1);
  const xs = Array.from({ length: 5 }, () => a.next());
  assert.deepEqual(Array.from({ length: 5 }, () => b.next()), xs);
  assert.notDeepEqual(Array.from({ length: 5 }, () => mulberry32(2).next()), xs);
  for (const x of xs) assert.ok(x >= 0 && x < 1);
});

test('int stays within its bounds and reaches both ends', () => {
  const rng = mulberry32(3);
  const seen = new Set<number>();
  for (let i = 0; i < 500; i++) {
    const n = rng.int(1, 6);
    assert.ok(n >= 1 && n <= 6 && Number.isInteger(n));
    seen.add(n);
  }
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5, 6]);
});

test('weighted never picks a zero-weight item; pick refuses an empty list', () => {
  const rng = mulberry32(4);
  for (let i = 0; i < 200; i++) assert.notEqual(rng.weighted([['a', 1], ['never', 0], ['b', 2]]), 'never');
  assert.throws(() => rng.pick([]), /empty/);
});

test('shuffle keeps the items and leaves its input alone', () => {
  const input = [1, 2, 3, 4, 5, 6, 7, 8];
  const out = mulberry32(5).shuffle(input);
  assert.deepEqual(input, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual([...out].sort(), input);
});

test('derived seeds differ by index and by seed', () => {
  assert.notEqual(deriveSeed(1, 0), deriveSeed(1, 1));
  assert.notEqual(deriveSeed(1, 0), deriveSeed(2, 0));
  assert.equal(deriveSeed(1, 0), deriveSeed(1, 0));
});
