import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addRanges, consolidate, mergeRanges } from './consolidate.js';
import type { FigureTruth } from './truth.js';

const fig = (o: Partial<FigureTruth>): FigureTruth => ({
  text: 'x', start: 0, end: 1, min: 1, max: 1, conservative: 1, kind: 'killed', group: 'civilians',
  stated: true, hedged: false, about: 'main', ...o,
});

test('two sources on the same people: lowest minimum to highest maximum, open if either is open', () => {
  assert.deepEqual(mergeRanges({ min: 6, max: 6, conservative: 6 }, { min: 8, max: 11, conservative: 8 }), { min: 6, max: 11, conservative: 6 });
  assert.deepEqual(mergeRanges({ min: 11, max: null, conservative: 11 }, { min: 14, max: 14, conservative: 14 }), { min: 11, max: null, conservative: 11 });
  assert.equal(mergeRanges(null, null), null);
});

test('distinct groups add up', () => {
  assert.deepEqual(addRanges({ min: 5, max: 5, conservative: 5 }, { min: 2, max: null, conservative: 2 }), { min: 7, max: null, conservative: 7 });
});

test('background figures and other kinds stay out of the killed ranges', () => {
  const out = consolidate([
    fig({ min: 5, max: 5, conservative: 5 }),
    fig({ group: 'combatants', min: 2, max: 2, conservative: 2 }),
    fig({ about: 'background', group: 'unknown', min: 350_001, max: null, conservative: 350_001 }),
    fig({ kind: 'displaced', group: 'unknown', min: 8001, max: null, conservative: 8001 }),
    fig({ kind: 'injured', min: 3, max: 3, conservative: 3 }),
  ]);
  assert.deepEqual(out.total.killed, { min: 7, max: 7, conservative: 7 });
  assert.deepEqual(out.civilians.injured, { min: 3, max: 3, conservative: 3 });
  assert.equal(out.combatants.injured, null);
});
