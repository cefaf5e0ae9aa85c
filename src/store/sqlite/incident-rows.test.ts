import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCursor } from './cursor.js';
import { incidentKey, pageOf, takeListed, type IncidentRow } from './incident-rows.js';

const MOSUL: IncidentRow = { id: 'mosul', date_from: '2017-03-17', lat: 36.34, lon: 43.13 };
const ALEPPO: IncidentRow = { id: 'aleppo', date_from: '2016-09-23', lat: 36.2, lon: 37.16 };
const UNDATED: IncidentRow = { id: 'undated', date_from: null, lat: 36.35, lon: 43.14 };

test('incidentKey: date then id; an undated row sorts after every date', () => {
  assert.deepEqual(incidentKey(MOSUL), ['2017-03-17', 'mosul']);
  assert.deepEqual(incidentKey(UNDATED), ['~', 'undated']);
});

test('takeListed: rows outside near are left out; stops at limit + 1; a short batch ends the listing', () => {
  const near = { lat: 36.34, lon: 43.13, km: 10 };
  const out: IncidentRow[] = [];
  assert.equal(takeListed(out, [MOSUL, ALEPPO], near, 5, 2), false, 'a full batch with room left asks for more');
  assert.deepEqual(out.map((r) => r.id), ['mosul']);
  assert.equal(takeListed(out, [UNDATED], near, 5, 2), true, 'a short batch is the last');
  const full: IncidentRow[] = [];
  assert.equal(takeListed(full, [MOSUL, ALEPPO, UNDATED], undefined, 1, 3), true);
  assert.deepEqual(full.map((r) => r.id), ['mosul', 'aleppo'], 'one more than the page, no further');
});

test('pageOf: the page and a cursor after its last row only when more followed', () => {
  const more = pageOf([MOSUL, ALEPPO], 1);
  assert.deepEqual(more.rows, [MOSUL]);
  assert.deepEqual(decodeCursor(more.next as string), ['2017-03-17', 'mosul']);
  const last = pageOf([MOSUL, ALEPPO], 2);
  assert.equal(last.next, null);
  assert.deepEqual(pageOf([], 3), { rows: [], next: null });
});
