import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsFromColumns, type PointColumns } from './point-columns.js';

const cols = (): PointColumns => ({
  ids: ['a', 'b', 'c'], lat: [36.3, 31.5, 33.3], lon: [43.1, 34.4, 44.4], date: ['2017-03-17', null, '2016-05-01'],
  type: [0, 1, 0], grade: [1, 0, 1], civKilled: [9, 0, 3], types: ['Air/drone strike', 'Shelling/artillery/missile attack'], grades: ['weak', 'fair'],
});

test('rowsFromColumns: one row per point, names looked up in the tables, undated kept as null', () => {
  assert.deepEqual(rowsFromColumns(cols()), [
    { id: 'a', lat: 36.3, lon: 43.1, date: '2017-03-17', type: 'Air/drone strike', grade: 'fair', civKilled: 9 },
    { id: 'b', lat: 31.5, lon: 34.4, date: null, type: 'Shelling/artillery/missile attack', grade: 'weak', civKilled: 0 },
    { id: 'c', lat: 33.3, lon: 44.4, date: '2016-05-01', type: 'Air/drone strike', grade: 'fair', civKilled: 3 },
  ]);
  assert.deepEqual(rowsFromColumns({ ...cols(), ids: [], lat: [], lon: [], date: [], type: [], grade: [], civKilled: [] }), []);
});

test('rowsFromColumns: columns of different lengths or indexes outside the tables are refused', () => {
  assert.throws(() => rowsFromColumns({ ...cols(), lat: [1, 2] }), /column lat has 2 entries, ids has 3/);
  assert.throws(() => rowsFromColumns({ ...cols(), type: [0, 2, 0] }), /type index 2 of point 1/);
  assert.throws(() => rowsFromColumns({ ...cols(), grade: [0, 0, -1] }), /grade index -1 of point 2/);
});
