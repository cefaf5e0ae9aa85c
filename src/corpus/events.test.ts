import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../report/analysis.js';
import { analyze } from '../analyze.js';
import { eventRecords } from './events.js';
import { sideKey } from './sides.js';
import { harm, resolveAll } from './test-builders.js';

const META = { id: 'r1', copyGroup: 'g1', published: '2017-03-18', outlet: 'Test Wire' };
const NONE = harm();

/** A hand-built analysis: the text and spans of "A strike killed 11 civilians in al-Jadida on Friday, residents said." */
function analysis(events: Analysis['events']): Analysis {
  return {
    format: 'civwatch.analysis/1',
    report: { id: 'r1', title: null, byline: null, outlet: 'Test Wire', url: null, published: '2017-03-18', language: 'eng', text: '' },
    sentences: [],
    claims: [{
      sentence: 0, stance: 'allegation',
      source: { text: 'residents', start: 60, end: 69, name: 'residents', kind: 'civilians', anonymous: false, resolvedFrom: null },
      cue: { text: 'said', start: 70, end: 74 }, content: { text: 'A strike killed 11 civilians in al-Jadida on Friday', start: 0, end: 51 },
    }, {
      sentence: 1, stance: 'denial',
      source: { text: 'a spokesman', start: 80, end: 91, name: 'spokesman', kind: 'person', anonymous: false, resolvedFrom: null, affiliation: 'US military' },
      cue: { text: 'denied', start: 92, end: 98 }, content: { text: 'any involvement', start: 99, end: 114 },
    }],
    unattributed: [],
    dates: [],
    places: [{ text: 'al-Jadida', start: 32, end: 41, name: 'al-Jadida', country: 'IQ', lat: 36.344, lon: 43.092, precision: 'district', source: 'curated:test' }],
    actors: [],
    casualties: [{ text: '11 civilians', start: 16, end: 28, sentence: 0, kind: 'killed', group: 'civilians', min: 11, max: 11, conservative: 11, stated: true, hedged: false }],
    events,
    warnings: [],
  };
}

const strike: Analysis['events'][number] = {
  type: 'Air/drone strike', sentences: [0], date: { from: '2017-03-17', to: '2017-03-17' }, place: 0,
  perpetrator: 'US-led coalition', target: 'civilians', casualties: [0], claims: [0, 1], ...harm({ civKilled: 11 }),
};

test('an event record resolves its place, claims (with sides) and stated figure fields', () => {
  const [e] = eventRecords(analysis([strike]), META);
  assert.equal(e.id, 'r1#0');
  assert.equal(e.copyGroup, 'g1');
  assert.deepEqual(e.place, { name: 'al-Jadida', country: 'IQ', lat: 36.344, lon: 43.092, precision: 'district' });
  assert.deepEqual(e.claims, [
    { source: 'residents', sourceKind: 'civilians', stance: 'allegation', text: 'A strike killed 11 civilians in al-Jadida on Friday', side: 'civilians' },
    // A person speaking for the US military speaks for the coalition's side.
    { source: 'spokesman', sourceKind: 'person', stance: 'denial', text: 'any involvement', side: 'coalition' },
  ]);
  assert.deepEqual(e.reported, ['civilians.killed', 'total.killed']);
  assert.equal(e.civilians.killed.min, 11);
});

test('NOT kept: a displacement or protest without casualties, or an event with neither figure nor place', () => {
  const displacement = { ...strike, type: 'Displacement' as const, casualties: [], ...NONE };
  const protest = { ...strike, type: 'Peaceful protest' as const, casualties: [], ...NONE };
  const nowhere = { ...strike, place: null, casualties: [], ...NONE };
  const records = eventRecords(analysis([displacement, protest, nowhere, strike]), META);
  // Ids keep the analysis index, whichever events were dropped.
  assert.deepEqual(records.map((e) => e.id), ['r1#3']);
});

test('kept: a placed strike without figures (an acknowledgment report), and a protest with deaths', () => {
  const noFigures = { ...strike, casualties: [], ...NONE };
  const deadlyProtest = { ...strike, type: 'Protest with intervention' as const };
  assert.deepEqual(eventRecords(analysis([noFigures, deadlyProtest]), META).map((e) => [e.id, e.reported]), [['r1#0', []], ['r1#1', ['civilians.killed', 'total.killed']]]);
});

test('an event without figures stays only as the same strike told again, or with the belligerent\'s word', () => {
  // "… The coalition said it struck in al-Jadida that day." (same day, place and kind: kept)
  const toldAgain = { ...strike, casualties: [], claims: [], ...NONE };
  // "Iraqi forces have fought in the district since last month." (background: dropped)
  const background = { ...strike, type: 'Armed clash' as const, date: { from: '2017-02-01', to: '2017-02-28' }, casualties: [], claims: [], ...NONE };
  assert.deepEqual(eventRecords(analysis([strike, toldAgain, background]), META).map((e) => e.id), ['r1#0', 'r1#1']);
  // Without the strike that has a figure, neither stays.
  assert.deepEqual(eventRecords(analysis([toldAgain, background]), META), []);
});

test('a report with no incident gives no event records', () => {
  assert.deepEqual(eventRecords(analysis([]), META), []);
});

test('sideKey: the Pentagon and the coalition are one side; unknown names have none', () => {
  assert.equal(sideKey('the Pentagon'), 'coalition');
  assert.equal(sideKey('CJTF-OIR'), 'coalition');
  assert.equal(sideKey('Daesh'), 'islamic state');
  assert.equal(sideKey('the Brigade of Nobody'), null);
  assert.equal(sideKey('unidentified gunmen'), null);
  assert.equal(sideKey(null), null);
});

test('through the pipeline: three reports of one strike become one confirmed incident; a displacement report none', () => {
  const reports: [string, string, string][] = [
    ['a1', '2017-03-18', 'An air strike killed 11 civilians in the al-Jadida neighbourhood of western Mosul on Friday, residents said.'],
    ['a2', '2017-03-19', 'Fourteen civilians died when a coalition air strike hit a house in al-Jadida, Mosul, on Friday, a local official told reporters.'],
    ['a3', '2017-03-25', 'The Pentagon acknowledged on Saturday that it was likely a coalition strike contributed to the civilian deaths in al-Jadida, Mosul, on 17 March.'],
    ['a4', '2017-03-20', 'Thousands of families fled western Mosul over the weekend, aid groups said.'],
  ];
  const byReport = reports.map(([id, published, text]) => eventRecords(analyze(text, { id, published }), { id, copyGroup: id, published, outlet: 'Test Wire' }));
  assert.deepEqual(byReport[3], [], 'the displacement report has no incident');
  const { incidents } = resolveAll(byReport.flat());
  assert.equal(incidents.length, 1, JSON.stringify(incidents.map((i) => [i.events, i.place?.name, i.date])));
  const [inc] = incidents;
  assert.deepEqual(inc.civilians.killed, { min: 11, max: 14, conservative: 11 });
  assert.equal(inc.independentSources, 3);
  assert.equal(inc.grade, 'confirmed');
  assert.match(inc.gradeReasons[0], /^US-led coalition acknowledged the harm/);
});
