import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pointColumns } from './point-columns.js';
import type { IncidentPoint } from '../store/store.js';

const points: IncidentPoint[] = [
  { id: 'a', lat: 36.3, lon: 43.1, date: '2017-03-17', type: 'Air/drone strike', grade: 'fair', civKilled: 9 },
  { id: 'b', lat: 31.5, lon: 34.4, date: null, type: 'Shelling/artillery/missile attack', grade: 'weak', civKilled: 0 },
  { id: 'c', lat: 33.3, lon: 44.4, date: '2016-05-01', type: 'Air/drone strike', grade: 'fair', civKilled: 3 },
];

test('pointColumns: one array per field in point order, type and grade as indexes into name tables', () => {
  assert.deepEqual(pointColumns(points), {
    ids: ['a', 'b', 'c'], lat: [36.3, 31.5, 33.3], lon: [43.1, 34.4, 44.4], date: ['2017-03-17', null, '2016-05-01'],
    type: [0, 1, 0], grade: [0, 1, 0], civKilled: [9, 0, 3],
    types: ['Air/drone strike', 'Shelling/artillery/missile attack'], grades: ['fair', 'weak'],
  });
});

test('pointColumns: no points give empty columns and tables', () => {
  assert.deepEqual(pointColumns([]), { ids: [], lat: [], lon: [], date: [], type: [], grade: [], civKilled: [], types: [], grades: [] });
});
