import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CasualtyValue } from '../../report/types.js';
import { consolidate } from './ranges.js';

/** A killed-civilians mention in a sentence; `v` overrides the figure's fields. */
function m(sentence: number, min: number, max: number | null, v: Partial<CasualtyValue> = {}) {
  return { sentence, value: { sentence, kind: 'killed', group: 'civilians', min, max, conservative: min, stated: true, hedged: false, ...v } as CasualtyValue };
}

test('ranges: "at least 15" with no other figure closes at 15 (Airwars records 15–15)', () => {
  const r = consolidate([m(0, 15, null)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [15, 15]);
});

test('ranges: "at least 14" then "20 were killed" later closes at the largest stated figure', () => {
  const r = consolidate([m(0, 14, null), m(3, 20, 20)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [20, 20]);
  const open = consolidate([m(0, 14, null), m(3, 9, 9)]).civilians.killed;
  assert.deepEqual([open.min, open.max], [14, 14]);
});

test('ranges: a vague open figure ("dozens") is NOT closed', () => {
  const r = consolidate([m(0, 12, null, { stated: false })]).civilians.killed;
  assert.equal(r.max, null);
});

test('ranges: another source\'s reading in the same sentence widens the figure instead of adding to it', () => {
  const r = consolidate([m(0, 4, 4), m(0, 5, 5, { alternative: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max, r.conservative], [4, 5, 4]);
});

test('ranges: two figures of one group in a sentence that are NOT alternatives still add up', () => {
  const r = consolidate([m(0, 4, 4), m(0, 5, 5)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [9, 9]);
});

test('ranges: an alternative reading widens only its own slot: "a man, and four (or five) others"', () => {
  const r = consolidate([m(0, 1, 1), m(0, 4, 4), m(0, 5, 5, { alternative: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [5, 6]);
});

test('ranges: "up to 20, including at least 14" takes 14 as the minimum', () => {
  const r = consolidate([m(0, 1, 20, { upTo: true, conservative: 20 }), m(0, 14, null, { subsetOf: 0 }), m(2, 11, 11)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [14, 20]);
});

test('ranges: "up to 6" with no smaller figure keeps its placeholder; combatants do not raise it', () => {
  const alone = consolidate([m(0, 1, 6, { upTo: true, conservative: 6 })]).civilians.killed;
  assert.deepEqual([alone.min, alone.max], [1, 6]);
  const below = consolidate([m(0, 1, 6, { upTo: true, conservative: 6 }), m(1, 3, 3, { group: 'combatants' })]).civilians.killed;
  assert.equal(below.min, 1);
});
