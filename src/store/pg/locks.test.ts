import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lockId, lockIds } from './locks.js';

test('lockId: a stable signed 64-bit id per (namespace, key); namespaces and keys do not collide by concatenation', () => {
  const id = lockId('public', 'cell:a');
  assert.equal(id, lockId('public', 'cell:a'));
  assert.ok(BigInt(id) >= -(2n ** 63n) && BigInt(id) < 2n ** 63n);
  assert.notEqual(lockId('public', 'cell:a'), lockId('other', 'cell:a'), 'each schema its own locks');
  assert.notEqual(lockId('ab', 'c'), lockId('a', 'bc'), 'the separator keeps (ab, c) and (a, bc) apart');
});

test('lockIds: deduplicated and in ascending numeric order (one global lock order: no deadlock between lockers)', () => {
  const keys = Array.from({ length: 50 }, (_, i) => `cell:${i % 20}`);
  const ids = lockIds('public', keys);
  assert.equal(ids.length, 20);
  const asNumbers = ids.map(BigInt);
  assert.ok(asNumbers.every((v, i) => i === 0 || asNumbers[i - 1] < v), 'strictly ascending');
  assert.deepEqual(lockIds('public', [...keys].reverse()), ids, 'the order given does not matter');
  assert.deepEqual(lockIds('public', []), []);
});
