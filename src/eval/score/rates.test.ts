import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracy, exactRate, macroF1 } from './rates.js';

test('exactRate counts hits over all cases', () => {
  assert.deepEqual(exactRate([true, false, true, true]), { hits: 3, total: 4, rate: 0.75 });
  assert.deepEqual(exactRate([]), { hits: 0, total: 0, rate: 0 });
});

test('macroF1 averages per-class F1 unweighted, so a rare class weighs as much as a common one', () => {
  const pairs = [
    ...Array.from({ length: 8 }, () => ({ gold: 'IED', predicted: 'IED' })),
    { gold: 'Grenade', predicted: 'IED' },
    { gold: 'Grenade', predicted: 'Grenade' },
  ];
  // IED: tp 8, fp 1, fn 0 → F1 16/17; Grenade: tp 1, fp 0, fn 1 → F1 2/3.
  const { macroF1: m, perClass } = macroF1(pairs);
  assert.ok(Math.abs(perClass.IED.f1 - 16 / 17) < 1e-12);
  assert.ok(Math.abs(perClass.Grenade.f1 - 2 / 3) < 1e-12);
  assert.ok(Math.abs(m - (16 / 17 + 2 / 3) / 2) < 1e-12);
  assert.equal(accuracy(pairs), 0.9);
});

test('macroF1: a missing prediction is a miss, and predicting one class for all is punished', () => {
  const { macroF1: m } = macroF1([
    { gold: 'Air/drone strike', predicted: null },
    { gold: 'Grenade', predicted: 'Grenade' },
  ]);
  assert.equal(m, 0.5);
  const allOne = macroF1([{ gold: 'a', predicted: 'a' }, { gold: 'b', predicted: 'a' }, { gold: 'c', predicted: 'a' }]);
  assert.ok(allOne.macroF1 < 0.2);
});
