import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffIncidents, incidentKey, partitionKey } from './compare.js';
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
