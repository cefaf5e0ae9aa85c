import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeEvent, fakePlace, harm } from '../fixtures.js';
import { normalizeAdmin1, perpetratorMatches, scoreAcledRow, summarizeAcled, type AcledRow } from './acled.js';

// A row we wrote, shaped like ACLED's (not taken from the dataset).
const row: AcledRow = {
  id: 'TEST1', notes: 'On 3 March 2021, a mine exploded near Hpakant, killing two miners.', eventDate: '2021-03-03', timePrecision: 1,
  subEventType: 'Remote explosive/landmine/IED', actor1: 'Unidentified Armed Group (Myanmar)', admin1: 'Kachin',
  lat: 25.61, lon: 96.31, fatalities: 2,
};
const hpakant = fakePlace({ name: 'Hpakant', lat: 25.62, lon: 96.32, admin1: 'Kachin State' });

test('scoreAcledRow: everything right', () => {
  const o = scoreAcledRow(row, {
    places: [hpakant],
    events: [fakeEvent({ type: 'Remote explosive/landmine/IED', date: { from: '2021-03-03', to: '2021-03-03' }, place: 0, total: harm(2) })],
  });
  assert.equal(o.fatalities.ok, true);
  assert.equal(o.dateOk, true);
  assert.ok(o.distanceKm !== null && o.distanceKm < 5);
  assert.equal(o.admin1Ok, true);
  assert.equal(o.perpetratorOk, true);
  assert.deepEqual(o.type, { gold: 'Remote explosive/landmine/IED', predicted: 'Remote explosive/landmine/IED' });
});

test('scoreAcledRow: wrong figure, wrong day, far place, named perpetrator where ACLED has none', () => {
  const far = fakePlace({ name: 'Myitkyina', lat: 25.38, lon: 97.4, admin1: 'Kachin State' });
  const o = scoreAcledRow(row, {
    places: [far],
    events: [fakeEvent({ type: 'Grenade', date: { from: '2021-03-02', to: '2021-03-02' }, place: 0, total: harm(3), perpetrator: 'Tatmadaw' })],
  });
  assert.equal(o.fatalities.ok, false);
  assert.equal(o.dateOk, false);
  assert.ok(o.distanceKm !== null && o.distanceKm > 50);
  assert.equal(o.admin1Ok, true);
  assert.equal(o.perpetratorOk, false);
  const m = Object.fromEntries(summarizeAcled([o]).map((x) => [x.key, x.value]));
  assert.equal(m['acled.fatalities.exact.positive'], 0);
  assert.equal(m['acled.place.within50km'], 0);
  assert.equal(m['acled.subEventType.macroF1'], 0);
});

test('scoreAcledRow: no event means 0 killed and misses everything else', () => {
  const o = scoreAcledRow({ ...row, fatalities: 0 }, { places: [], events: [] });
  assert.equal(o.fatalities.ok, true);
  assert.equal(o.dateOk, false);
  assert.equal(o.distanceKm, null);
  assert.equal(o.perpetratorOk, false);
  assert.equal(o.type.predicted, null);
});

test('scoreAcledRow: the main event is the deadliest one', () => {
  const o = scoreAcledRow(row, { places: [], events: [fakeEvent({ total: harm(1) }), fakeEvent({ total: harm(2) })] });
  assert.equal(o.fatalities.ours, 2);
});

test('scoreAcledRow: week-precision rows accept an interval holding the date', () => {
  const ev = fakeEvent({ date: { from: '2021-03-01', to: '2021-03-07' } });
  assert.equal(scoreAcledRow({ ...row, timePrecision: 2 }, { places: [], events: [ev] }).dateOk, true);
  assert.equal(scoreAcledRow(row, { places: [], events: [ev] }).dateOk, false);
});

test('normalizeAdmin1 and perpetratorMatches', () => {
  assert.equal(normalizeAdmin1('Shan-North'), normalizeAdmin1('Shan State'));
  assert.equal(normalizeAdmin1('Magwe Region'), normalizeAdmin1('Magway'));
  assert.notEqual(normalizeAdmin1('Bago-East'), normalizeAdmin1('Yangon Region'));
  assert.ok(perpetratorMatches('Tatmadaw', 'Military Forces of Myanmar (2021-)'));
  assert.ok(!perpetratorMatches(null, 'Military Forces of Myanmar (2021-)'));
  assert.ok(!perpetratorMatches("People's Defense Force", 'Military Forces of Myanmar (2021-)'));
});

test('acledMiss names only what was wrong, and nothing for a right row', async () => {
  const { acledMiss } = await import('./acled.js');
  const ok = scoreAcledRow(row, {
    places: [hpakant],
    events: [fakeEvent({ type: 'Remote explosive/landmine/IED', date: { from: '2021-03-03', to: '2021-03-03' }, place: 0, total: harm(2) })],
  });
  assert.equal(acledMiss(ok), null);
  const bad = scoreAcledRow(row, { places: [hpakant], events: [fakeEvent({ type: 'Remote explosive/landmine/IED', date: { from: '2021-03-03', to: '2021-03-03' }, place: 0, total: harm(0) })] });
  assert.equal(acledMiss(bad), 'TEST1: fatalities 2 → 0');
});
