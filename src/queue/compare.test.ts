import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffIncidents, incidentKey, orderExplained, partitionKey } from './compare.js';
import type { IncidentOut } from '../corpus/types.js';

const zero = { min: 0, max: 0, conservative: 0 };
function incident(id: string, reports: string[], grade: IncidentOut['grade'] = 'weak'): IncidentOut {
  return {
    id, type: 'Air/drone strike', date: { from: '2017-03-17', to: '2017-03-17' },
    place: { name: 'al-Jadida', country: 'IQ', lat: 36.34, lon: 43.1, precision: 'district' } as IncidentOut['place'],
    perpetrator: 'US-led coalition', target: null,
    civilians: { killed: { min: 5, max: 9, conservative: 5 }, injured: zero }, combatants: { killed: zero, injured: zero }, total: { killed: zero, injured: zero },
    grade, gradeReasons: [], independentSources: reports.length,
    reports: reports.map((r) => ({ id: r, url: null, outlet: null, published: null, copyOf: null })), claims: [],
  };
}

test('incidents compare by content, not id; report order does not matter', () => {
  assert.equal(incidentKey(incident('inc-a', ['r2', 'r1'])), incidentKey(incident('inc-b', ['r1', 'r2'])));
  assert.notEqual(incidentKey(incident('inc-a', ['r1', 'r2'])), incidentKey(incident('inc-a', ['r1', 'r2'], 'fair')));
  assert.notEqual(incidentKey(incident('inc-a', ['r1'])), incidentKey(incident('inc-a', ['r1', 'r2'])));
});

test('diffIncidents counts multisets: a duplicated incident is a difference', () => {
  assert.deepEqual(diffIncidents(['a', 'b'], ['b', 'a']), { onlyLeft: [], onlyRight: [] });
  assert.deepEqual(diffIncidents(['a', 'b', 'b'], ['a', 'b']), { onlyLeft: ['b'], onlyRight: [] });
  assert.deepEqual(diffIncidents(['a'], ['c']), { onlyLeft: ['a'], onlyRight: ['c'] });
});

test('partitionKey keeps what resolution decides and drops what copy detection decides', () => {
  const a = incidentKey(incident('inc-a', ['r1', 'r2']));
  const b = incidentKey(incident('inc-b', ['r1', 'r2'], 'fair'));
  assert.notEqual(a, b);
  assert.equal(partitionKey(a), partitionKey(b));
  assert.notEqual(partitionKey(a), partitionKey(incidentKey(incident('inc-a', ['r1']))));
});

test('orderExplained: a partition difference is explained only when the reports it connects were stored in another order', () => {
  // Left (file order): the bombing's first report b1, then b2, which joined it. Right (two
  // workers): b2 stored before b1, so it joined the air strike a1 instead.
  const diff = diffIncidents(['08|Baghdad|Suicide bomb|IS|b1,b2', '11|Baghdad|Air strike|US|a1'], ['08|Baghdad|Suicide bomb|IS|b1', '08|Baghdad|Air strike|US|a1,b2']);
  const order = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));
  const reordered = orderExplained(diff, order(['a1', 'b1', 'b2']), order(['a1', 'b2', 'b1']));
  assert.deepEqual(reordered.unexplained, []);
  assert.equal(reordered.explained.length, 4);
  // The same difference with the same order on both sides is not explained: a bug, not a race.
  const same = orderExplained(diff, order(['a1', 'b1', 'b2']), order(['a1', 'b1', 'b2']));
  assert.deepEqual(same.explained, []);
  assert.equal(same.unexplained.length, 4);
  // An unrelated reordering elsewhere does not explain it.
  const elsewhere = orderExplained(diff, order(['a1', 'b1', 'b2', 'x', 'y']), order(['a1', 'b1', 'b2', 'y', 'x']));
  assert.equal(elsewhere.unexplained.length, 4);
  assert.deepEqual(orderExplained({ onlyLeft: [], onlyRight: [] }, order([]), order([])), { explained: [], unexplained: [] });
});
