import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellsFor, dayNumber, intervalDays } from './cells.js';
import { PLACES, ev } from './test-builders.js';
import type { PlaceRef } from './types.js';

const shares = (a: string[], b: string[]): boolean => { const s = new Set(a); return b.some((x) => s.has(x)); };
const at = (lat: number, lon: number, precision: PlaceRef['precision'] = 'city'): PlaceRef => ({ name: 'x', country: 'IQ', lat, lon, precision });

test('day arithmetic', () => {
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('2017-03-01') - dayNumber('2017-02-28'), 1);
  assert.equal(intervalDays({ from: '2017-03-01', to: '2017-03-31' }), 31);
  assert.ok(Number.isNaN(dayNumber('March')));
});

test('a one-day district event: 3 date buckets × 9 grid squares', () => {
  assert.equal(cellsFor(ev()).length, 27);
  assert.equal(new Set(cellsFor(ev())).size, 27);
});

test('events within three days share a cell, whatever day of the bucket they fall on', () => {
  for (let d = 1; d <= 28; d++) {
    const a = `2017-03-${String(d).padStart(2, '0')}`;
    const b = `2017-03-${String(d + 3).padStart(2, '0')}`;
    assert.ok(shares(cellsFor(ev({ day: a })), cellsFor(ev({ day: b }))), `${a} / ${b}`);
  }
});

test('NOT sharing: ten days apart, or 200 km apart', () => {
  assert.equal(shares(cellsFor(ev({ day: '2017-03-01' })), cellsFor(ev({ day: '2017-03-11' }))), false);
  assert.equal(shares(cellsFor(ev({ place: at(36.3, 43.1) })), cellsFor(ev({ place: at(34.5, 43.1) }))), false);
});

test('places within their limits share a cell, across grid lines and at high latitudes', () => {
  // 14 km apart across a grid line (city limit 15 km).
  assert.ok(shares(cellsFor(ev({ place: at(36.49, 43.0) })), cellsFor(ev({ place: at(36.5, 43.15) }))));
  // A region 74 km from a town, at Kharkiv's latitude (a degree of longitude is 69 km there).
  assert.ok(shares(cellsFor(ev({ place: at(50.0, 36.2, 'region') })), cellsFor(ev({ place: at(50.0, 37.23, 'city') }))));
  // Nineveh province and al-Jadida.
  assert.ok(shares(cellsFor(ev({ place: { ...PLACES.nineveh } })), cellsFor(ev())));
});

test('coarse cells for a vague date or a country-wide place; none without a date or place', () => {
  assert.deepEqual(cellsFor(ev({ date: { from: '2014-11-01', to: '2015-01-31' } })), ['c|IQ|2014-11', 'c|IQ|2014-12', 'c|IQ|2015-01']);
  assert.deepEqual(cellsFor(ev({ place: { ...PLACES.iraq } })), ['c|IQ|2017-03']);
  assert.deepEqual(cellsFor(ev({ date: null })), []);
  assert.deepEqual(cellsFor(ev({ place: null })), []);
});

test('a month-long date keeps fine cells: 11 buckets plus one either side', () => {
  const cells = cellsFor(ev({ date: { from: '2017-03-01', to: '2017-03-31' } }));
  const buckets = new Set(cells.map((c) => c.split('|')[0]));
  assert.ok(buckets.size >= 11 && buckets.size <= 13, String(buckets.size));
  assert.ok(shares(cells, cellsFor(ev({ day: '2017-03-31' }))));
});
