import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDateOf, isValidIsoDate } from './iso-date.js';

test('isoDateOf keeps the written date of an ISO timestamp', () => {
  assert.equal(isoDateOf('2017-04-04T23:30:00-05:00'), '2017-04-04');
  assert.equal(isoDateOf('2017-04-04'), '2017-04-04');
  assert.equal(isoDateOf('Tue, 04 Apr 2017 10:00:00 GMT'), '2017-04-04');
});

test('isoDateOf refuses what is not a date', () => {
  assert.equal(isoDateOf('yesterday-ish'), null);
  assert.equal(isoDateOf('2017-02-30'), null);
  assert.equal(isoDateOf(''), null);
  assert.equal(isoDateOf(null), null);
});

test('isValidIsoDate wants a real calendar day in YYYY-MM-DD', () => {
  assert.equal(isValidIsoDate('2016-02-29'), true);
  assert.equal(isValidIsoDate('2017-02-29'), false);
  assert.equal(isValidIsoDate('4 April 2017'), false);
});
