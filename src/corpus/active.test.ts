import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeBelligerent } from './active.js';
import { buildIncident, incidentId } from './incident.js';
import type { EventRecord, Incident, PlaceRef } from './types.js';
import { ev, type EvOptions } from './test-builders.js';

const AT = '2026-01-01T00:00:00.000Z';
const incidentOf = (events: EventRecord[], nearby: Incident[] = []) => buildIncident(incidentId(events[0].id), events, [], AT, { nearby }).incident;
// Tal al-Hawa and Shujaiya, two Gaza City neighbourhoods ~4 km apart (approximate, for tests).
const TAL: PlaceRef = { name: 'Tal al-Hawa', country: 'PS', lat: 31.505, lon: 34.435, precision: 'district' };
const SHUJAIYA: PlaceRef = { name: 'Shujaiya', country: 'PS', lat: 31.508, lon: 34.476, precision: 'district' };
const KHAN_YOUNIS: PlaceRef = { name: 'Khan Younis', country: 'PS', lat: 31.344, lon: 34.303, precision: 'city' };
const day = '2023-10-12';
const strike = (report: string, o: Partial<EventRecord> = {}) => ev({ report, day, place: { ...TAL }, published: day, ...o });
const blamed = (report: string, perpetrator: string, o: EvOptions = {}) =>
  incidentOf([ev({ report, day, place: { ...SHUJAIYA }, published: day, perpetrator, ...o })]);

test('no source names a belligerent, two sources, one side blamed for a strike 4 km away that night → fair, and the reason says so', () => {
  const shujaiya = blamed('s1', 'Israeli military');
  const inc = incidentOf([strike('t1'), strike('t2')], [shujaiya]);
  assert.equal(inc.grade, 'fair');
  assert.equal(inc.perpetrator, null, 'the inference grades; it does not put a name in the sources\' mouths');
  assert.match(inc.gradeReasons[1], new RegExp(`^no source names a belligerent; Israeli military inferred as the suspected belligerent, active there then: incident ${shujaiya.id} \\(Shujaiya, 3\\.\\d km away, the same days\\)`));
});

test('NOT inferred: a single source stays weak, whoever was active nearby', () => {
  const inc = incidentOf([strike('t1')], [blamed('s1', 'Israeli military')]);
  assert.equal(inc.grade, 'weak');
});

test('NOT inferred: two sides blamed nearby that night', () => {
  const near = [blamed('s1', 'Israeli military'), blamed('s2', 'Hamas', { place: { ...SHUJAIYA, lat: 31.51 } })];
  assert.equal(activeBelligerent(incidentOf([strike('t1'), strike('t2')]), near), null);
  assert.equal(incidentOf([strike('t1'), strike('t2')], near).grade, 'weak');
});

test('NOT inferred: the blamed incident is too far (another city) or too many days away', () => {
  const t = incidentOf([strike('t1'), strike('t2')]);
  assert.equal(activeBelligerent(t, [blamed('k1', 'Israeli military', { place: { ...KHAN_YOUNIS } })]), null);
  assert.equal(activeBelligerent(t, [blamed('s5', 'Israeli military', { day: '2023-10-17' })]), null);
});

test('NOT inferred: a nearby incident blamed on no known belligerent ("gunmen"), or the incident itself', () => {
  const t = incidentOf([strike('t1'), strike('t2')]);
  assert.equal(activeBelligerent(t, [blamed('g1', 'gunmen')]), null);
  assert.equal(activeBelligerent(t, [t]), null);
  assert.equal(activeBelligerent({ ...t, place: null }, [blamed('s1', 'Israeli military')]), null);
});

test('a source naming the belligerent needs no inference', () => {
  const inc = incidentOf([strike('t1', { perpetrator: 'Israeli military' }), strike('t2')], [blamed('s1', 'Hamas')]);
  assert.equal(inc.grade, 'fair');
  assert.ok(!inc.gradeReasons.join(' ').includes('inferred'));
});
