import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainEvent } from './mainEvent.js';
import { fakeEvent, harm } from './fixtures.js';

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
