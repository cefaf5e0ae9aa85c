import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestCue, findCues } from './mentions.js';

const typeOf = (s: string) => bestCue(findCues(s, 0))?.cue.type ?? null;

test('mentions: "displaced" before a people noun describes the victims, not a displacement', () => {
  assert.equal(typeOf('Two were killed in the bombing and displaced people sheltering in a nearby school were injured.'), 'Remote explosive/landmine/IED');
  assert.equal(typeOf('The shelling wounded several displaced families.'), 'Shelling/artillery/missile attack');
});

test('mentions: "displaced" as a verb still names a displacement', () => {
  assert.equal(typeOf('Some 3,000 residents were displaced last week.'), 'Displacement');
  assert.equal(typeOf('Hundreds of families were displaced to schools in the south.'), 'Displacement');
});

test('mentions: an aircraft named by its side or as the means is an air strike; one that was the target is not', () => {
  assert.equal(typeOf('The house was destroyed, allegedly by Israeli aircrafts, according to local sources.'), 'Air/drone strike');
  assert.equal(typeOf('Witnesses said the family home was hit by an aircraft before dawn.'), 'Air/drone strike');
  assert.equal(typeOf('Fighters fired rockets at a military transport aircraft parked at the airport.'), 'Shelling/artillery/missile attack');
});
