import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeEvent, harm, range } from '../fixtures.js';
import { airwarsDate, narrativeOnly, parseGoldRange, scoreAirwarsRow, summarizeAirwars, type AirwarsRow } from './airwars.js';

test('parseGoldRange reads numbers and both dash styles, and refuses Unknown', () => {
  assert.deepEqual(parseGoldRange('4'), { min: 4, max: 4 });
  assert.deepEqual(parseGoldRange('4 – 5'), { min: 4, max: 5 });
  assert.deepEqual(parseGoldRange('12–24'), { min: 12, max: 24 });
  assert.equal(parseGoldRange('Unknown'), null);
  assert.equal(parseGoldRange('NA'), null);
});

test('airwarsDate and narrativeOnly', () => {
  assert.equal(airwarsDate('october-7-2023'), '2023-10-07');
  assert.equal(airwarsDate('7 October 2023'), null);
  assert.equal(narrativeOnly('A strike hit a home, killing two., SummaryStrike statusSingle source claim'), 'A strike hit a home, killing two.');
  assert.equal(narrativeOnly('No summary box here.'), 'No summary box here.');
});

const row: AirwarsRow = {
  id: 't1', date: '2023-10-09', narrative: 'A strike killed a mother and her three sons.',
  killed: { min: 4, max: 5 }, injured: null, belligerent: 'Israeli Military', strikeType: 'Airstrike',
};

test('scoreAirwarsRow: min right, max wrong; injured skipped; belligerent by equivalence', () => {
  const ev = fakeEvent({ type: 'Air/drone strike', perpetrator: 'Israel Defense Forces', civilians: { killed: range(4), injured: range(0) }, total: harm(4) });
  const o = scoreAirwarsRow(row, { events: [ev] });
  assert.deepEqual(o.killed, { min: true, max: false });
  assert.equal(o.injured, null);
  assert.equal(o.belligerentOk, true);
  assert.equal(o.strikeTypeOk, true);
  const m = Object.fromEntries(summarizeAirwars([o]).map((x) => [x.key, x]));
  assert.equal(m['airwars.killed.both'].value, 0);
  assert.equal(m['airwars.killed.min'].value, 1);
  assert.equal(m['airwars.injured.min'].detail, '0/0');
});

test('scoreAirwarsRow: shelling does not agree with "Airstrike"; open-ended max never equals a gold max', () => {
  const ev = fakeEvent({ type: 'Shelling/artillery/missile attack', civilians: { killed: range(4, null), injured: range(0) } });
  const o = scoreAirwarsRow({ ...row, killed: { min: 4, max: 4 } }, { events: [ev] });
  assert.deepEqual(o.killed, { min: true, max: false });
  assert.equal(o.strikeTypeOk, false);
  assert.equal(o.belligerentOk, false);
});

test('scoreAirwarsRow: "Airstrike and/or Artillery" accepts either type', () => {
  const ev = fakeEvent({ type: 'Shelling/artillery/missile attack' });
  assert.equal(scoreAirwarsRow({ ...row, strikeType: 'Airstrike and/or Artillery' }, { events: [ev] }).strikeTypeOk, true);
});
