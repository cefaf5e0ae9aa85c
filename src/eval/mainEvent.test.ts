import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainEvent } from './mainEvent.js';
import { fakeEvent, harm, range } from './fixtures.js';
import type { Analysis } from '../report/analysis.js';

test('mainEvent: the event with most killed', () => {
  const a = fakeEvent({ type: 'Grenade', total: harm(1) });
  const b = fakeEvent({ type: 'Air/drone strike', total: harm(5) });
  assert.equal(mainEvent({ events: [a, b] })?.type, 'Air/drone strike');
});

test('mainEvent: ties on killed go to most injured, then to the first', () => {
  const a = fakeEvent({ type: 'Grenade', total: harm(0, 1) });
  const b = fakeEvent({ type: 'Attack', total: harm(0, 3) });
  const c = fakeEvent({ type: 'Suicide bomb', total: harm(0, 3) });
  assert.equal(mainEvent({ events: [a, b, c] })?.type, 'Attack');
  assert.equal(mainEvent({ events: [fakeEvent({ type: 'Grenade' }), fakeEvent({ type: 'Attack' })] })?.type, 'Grenade');
});

test('mainEvent: no events, no main event', () => {
  assert.equal(mainEvent({ events: [] }), null);
});

/** A killed figure of the analysis contract; `over` sets its flags. */
function killed(sentence: number, n: number, over: Partial<Analysis['casualties'][number]> = {}): Analysis['casualties'][number] {
  return { text: String(n), start: 0, end: 1, sentence, kind: 'killed', group: 'unknown', min: n, max: n, conservative: n, stated: true, hedged: false, ...over };
}

test('mainEvent: the lead event stands over a later, larger figure of another event', () => {
  // "An airstrike on the house killed at least 6 people. … 40 people were killed across the city that day."
  const casualties = [killed(0, 6), killed(5, 40)];
  const lead = fakeEvent({ type: 'Air/drone strike', sentences: [0, 1], casualties: [0], total: harm(6) });
  const day = fakeEvent({ type: 'Attack', sentences: [5], casualties: [1], total: harm(40) });
  assert.equal(mainEvent({ events: [lead, day], casualties })?.type, 'Air/drone strike');
});

test('mainEvent: a tally above the lead\'s top outranks it; a lead of names only is no lead', () => {
  // "15 soldiers died in the first blast. A second blast killed 17. Fatalities coded as 32 in total."
  const casualties = [killed(0, 15), killed(1, 17), killed(2, 32, { aggregate: true })];
  const first = fakeEvent({ type: 'Grenade', sentences: [0], casualties: [0], total: harm(15) });
  const both = fakeEvent({ type: 'Attack', sentences: [1, 2], casualties: [1, 2], total: harm(32) });
  assert.equal(mainEvent({ events: [first, both], casualties })?.type, 'Attack');
  // A tally within the lead's range is another reading of it: "between 5 and 13 … the toll rose to 13".
  const ranged = fakeEvent({ type: 'Grenade', sentences: [0], casualties: [0], total: { killed: range(5, 13), injured: range(0) } });
  const update = [killed(0, 5), killed(1, 17), killed(2, 13, { aggregate: true })];
  const later = fakeEvent({ type: 'Attack', sentences: [2], casualties: [2], total: harm(13) });
  assert.equal(mainEvent({ events: [ranged, later], casualties: update })?.type, 'Grenade');
  // "Ali Hassan was killed … an earlier strike killed 9": one named victim does not make a lead.
  const named = [killed(0, 1, { individual: true }), killed(3, 9)];
  const one = fakeEvent({ type: 'Grenade', sentences: [0], casualties: [0], total: harm(1) });
  const nine = fakeEvent({ type: 'Attack', sentences: [3], casualties: [1], total: harm(9) });
  assert.equal(mainEvent({ events: [one, nine], casualties: named })?.type, 'Attack');
});
