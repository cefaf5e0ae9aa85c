import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, incidentsCsv, incidentsDocument, incidentsGeoJson, toIncidentOut, type ReportInfo } from './output.js';
import { buildIncident, incidentId } from './incident.js';
import { claim, ev, harm } from './test-builders.js';

const events = [
  ev({ report: 'w1', perpetrator: 'US-led coalition', claims: [claim('residents', 'allegation', 'the house collapsed, "with everyone inside"', 'civilians')] }),
  ev({ report: 'w2', copyGroup: 'w1', published: '2017-03-19', perpetrator: 'US-led coalition', claims: [claim('residents', 'allegation', 'the house collapsed, "with everyone inside"', 'civilians')] }),
  ev({ report: 'l1', ...harm({ civKilled: [14, null], civInjured: 6 }) }),
];
const reports = new Map<string, ReportInfo>([
  ['w1', { id: 'w1', url: 'https://wire.example/a', outlet: 'Wire', published: '2017-03-18', copyOf: null }],
  ['w2', { id: 'w2', url: 'https://reprint.example/b', outlet: 'Reprint', published: '2017-03-19', copyOf: 'w1' }],
]);
const incident = buildIncident(incidentId(events[0].id), events, [], '2026-01-01T00:00:00.000Z').incident;
const out = toIncidentOut(incident, { reports: (id) => reports.get(id) ?? null, events });

test('an incident in the civwatch.incidents/1 shape', () => {
  assert.deepEqual(Object.keys(out), ['id', 'type', 'date', 'place', 'perpetrator', 'target', 'civilians', 'combatants', 'total',
    'grade', 'gradeReasons', 'independentSources', 'reports', 'claims']);
  assert.deepEqual(out.civilians.killed, { min: 11, max: 14, conservative: 11 });
  assert.deepEqual(out.civilians.injured, { min: 6, max: 6, conservative: 6 });
  assert.equal(out.independentSources, 2);
  assert.equal(out.grade, 'fair');
  // Reports in publication order; one the lookup does not know keeps what its event says.
  assert.deepEqual(out.reports, [
    { id: 'l1', url: null, outlet: 'Test Wire', published: '2017-03-18', copyOf: null },
    { id: 'w1', url: 'https://wire.example/a', outlet: 'Wire', published: '2017-03-18', copyOf: null },
    { id: 'w2', url: 'https://reprint.example/b', outlet: 'Reprint', published: '2017-03-19', copyOf: 'w1' },
  ]);
  // A copy repeats its origin's claim under its own report id.
  assert.deepEqual(out.claims.map((c) => c.report), ['w1', 'w2']);
  assert.equal(incidentsDocument([out]).format, 'civwatch.incidents/1');
});

test('CSV: header, flattened figures, quoting, empty cell for an open maximum', () => {
  const csv = incidentsCsv([out]);
  const [header, row, end] = csv.split('\r\n');
  assert.equal(header, CSV_COLUMNS.join(','));
  assert.equal(end, '');
  assert.deepEqual(CSV_COLUMNS.slice(0, 17), ['event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2',
    'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'], 'ACLED\'s columns first');
  assert.ok(CSV_COLUMNS.includes('civilians_killed_conservative') && CSV_COLUMNS.includes('grade') && CSV_COLUMNS.includes('civwatch_id'));
  assert.match(row, new RegExp(`^IQ-${out.id},2017-03-17,2017,1,Explosions/Remote violence,Air/drone strike,US-led coalition,,Iraq,,al-Jadida,36.344,43.092,1,`));
  assert.match(row, /,"Air\/drone strike in al-Jadida on 2017-03-17, attributed to US-led coalition: 11-14 civilians killed, 6 injured \(\d independent sources?; graded \w+\)\.",/);
  assert.match(row, /,2017-03-17,district,11,14,11,6,6,6,0,0,0,/);
  // The claim's quotes are doubled inside a quoted cell.
  assert.match(row, /""with everyone inside\\""/);
  const open = toIncidentOut(buildIncident('inc-open', [ev({ ...harm({ civKilled: [20, null] }) })], [], 'x').incident, { reports: () => null, events: [] });
  assert.match(incidentsCsv([open]).split('\r\n')[1], /,20,,20,/);
});

test('GeoJSON: a point at the place (lon, lat), none without a place', () => {
  const gj = incidentsGeoJson([out, { ...out, id: 'inc-nowhere', place: null }]);
  assert.equal(gj.type, 'FeatureCollection');
  assert.deepEqual(gj.features[0].geometry, { type: 'Point', coordinates: [43.092, 36.344] });
  assert.equal(gj.features[0].properties.civilians_killed_max, 14);
  assert.equal(gj.features[1].geometry, null);
  assert.ok(Array.isArray(gj.features[0].properties.grade_reasons));
});

test('CSV: admin1 from the gazetteer when it knows the place, empty when it does not', () => {
  const inMosul = { ...out, place: { name: 'Mosul', country: 'IQ', lat: 36.34, lon: 43.13, precision: 'city' as const } };
  assert.match(incidentsCsv([inMosul]).split('\r\n')[1], /,Iraq,Nineveh,Mosul,36\.34,43\.13,/);
  const unknown = { ...out, place: { name: 'Qaryat Nowhere', country: 'IQ', lat: 36.34, lon: 43.13, precision: 'city' as const } };
  assert.match(incidentsCsv([unknown]).split('\r\n')[1], /,Iraq,,Qaryat Nowhere,/);
});
