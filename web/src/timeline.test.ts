import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brushRange, dayMs, isoDay, mondayOf } from './timeline.js';

test('mondayOf: the Monday starting the week, also across a year boundary', () => {
  assert.equal(isoDay(mondayOf(dayMs('2017-03-09'))), '2017-03-06'); // Thursday
  assert.equal(isoDay(mondayOf(dayMs('2017-03-06'))), '2017-03-06'); // Monday itself
  assert.equal(isoDay(mondayOf(dayMs('2017-03-12'))), '2017-03-06'); // Sunday
  assert.equal(isoDay(mondayOf(dayMs('2023-01-01'))), '2022-12-26');
});

test('brushRange snaps to whole weeks in either drag direction', () => {
  const want = { since: '2017-02-27', until: '2017-03-12' };
  assert.deepEqual(brushRange(dayMs('2017-03-01'), dayMs('2017-03-09')), want);
  assert.deepEqual(brushRange(dayMs('2017-03-09'), dayMs('2017-03-01')), want);
  assert.deepEqual(brushRange(dayMs('2017-03-08'), dayMs('2017-03-08') + 3600_000), { since: '2017-03-06', until: '2017-03-12' });
});
