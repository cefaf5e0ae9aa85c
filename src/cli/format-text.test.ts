import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText, formatRange } from './format-text.js';
import type { Analysis } from '../report/analysis.js';

const none = { min: 0, max: 0, conservative: 0 };
const text = 'Strike on Mosul market\n\nPolice said eleven civilians were killed in Mosul on Thursday.';
const analysis: Analysis = {
  format: 'civwatch.analysis/1',
  report: { id: 'abc', title: 'Strike on Mosul market', byline: null, outlet: 'Example Times', url: null, published: '2017-04-04', language: 'eng', text },
  sentences: [{ index: 0, start: 0, end: 22 }, { index: 1, start: 24, end: 86 }],
  claims: [{
    sentence: 1,
    source: { text: 'Police', start: 24, end: 30, name: 'Iraqi police', kind: 'state-forces', anonymous: false, resolvedFrom: null },
    cue: { text: 'said', start: 31, end: 35 },
    content: { text: 'eleven civilians were killed in Mosul on Thursday', start: 36, end: 85 },
    stance: 'allegation',
  }],
  unattributed: [],
  dates: [{ text: 'Thursday', start: 77, end: 85, from: '2017-03-30', to: '2017-03-30', precision: 'day', stated: false, anchor: 'published:2017-04-04' }],
  places: [{ text: 'Mosul', start: 68, end: 73, name: 'Mosul', country: 'IQ', lat: 36.34, lon: 43.13, precision: 'city', source: 'geonames:99072' }],
  actors: [],
  casualties: [{ text: 'eleven civilians', start: 36, end: 52, sentence: 1, kind: 'killed', group: 'civilians', min: 11, max: 11, conservative: 11, stated: true, hedged: false }],
  events: [{
    type: 'Air/drone strike', sentences: [1], date: { from: '2017-03-30', to: '2017-03-30' }, place: 0, perpetrator: 'coalition', target: null,
    casualties: [0], claims: [0],
    civilians: { killed: { min: 11, max: 11, conservative: 11 }, injured: none },
    combatants: { killed: none, injured: none },
    total: { killed: { min: 11, max: 11, conservative: 11 }, injured: none },
  }],
  warnings: ['a warning'],
};

test('sentences are marked inline and the findings listed', () => {
  const out = formatText(analysis);
  assert.match(out, /^Strike on Mosul market\nExample Times · published 2017-04-04 · id abc · language eng\n/);
  assert.match(out, /\[speaker: Police = Iraqi police\] \[cue: said = allegation\] \[figure: eleven civilians = killed civilians 11\] were killed in \[place: Mosul = IQ\] on \[date: Thursday = 2017-03-30\]\./);
  assert.match(out, /▸ event 1: Air\/drone strike/);
  assert.match(out, /#1 s1 Iraqi police — allegation: “eleven civilians were killed in Mosul on Thursday”/);
  assert.match(out, /1\. Air\/drone strike — 2017-03-30 — Mosul, IQ — by coalition — killed 11, civilians killed 11/);
  assert.match(out, /Warnings \(1\)\n {2}a warning/);
  assert.doesNotMatch(out, /\x1b\[/); // no colour unless asked
});

test('without a publication date the text says relative dates stay unresolved', () => {
  const a: Analysis = { ...analysis, report: { ...analysis.report, published: null }, dates: [{ ...analysis.dates[0], from: null, to: null, anchor: null, unresolved: 'no publication date' }] };
  const out = formatText(a);
  assert.match(out, /No publication date: relative dates \(1\) stay unresolved/);
  assert.match(out, /\[date: Thursday = \?\]/);
  assert.match(out, /Unresolved dates \(1\)\n {2}“Thursday” — no publication date/);
});

test('colour mode uses ANSI codes instead of brackets', () => {
  const out = formatText(analysis, { color: true });
  assert.match(out, /\x1b\[35mMosul\x1b\[0m/);
  assert.doesNotMatch(out, /\[place: /);
});

test('formatRange: exact, range, open-ended, conservative', () => {
  assert.equal(formatRange({ min: 5, max: 5, conservative: 5 }), '5');
  assert.equal(formatRange({ min: 6, max: 11, conservative: 6 }), '6–11');
  assert.equal(formatRange({ min: 12, max: null, conservative: 12 }), '12+');
  assert.equal(formatRange({ min: 20, max: 99, conservative: 24 }), '20–99 (conservative 24)');
});
