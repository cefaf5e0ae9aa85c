import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const run = (text: string) => analyze(text, { published: '2023-10-19' });
const killed = (text: string) => {
  const k = run(text).events[0].civilians.killed;
  return [k.min, k.max];
};
const groups = (text: string) => run(text).casualties.map((c) => [c.text, c.group]);

test('a military rank before a name makes the person a combatant; a police rank does not', () => {
  assert.deepEqual(groups('Colonel Yasser Amin Khalil was killed in the strike.'), [['Colonel Yasser Amin Khalil', 'combatants']]);
  assert.deepEqual(groups('Police Captain Rami Saeed Odeh was killed in the strike.'), [['Police Captain Rami Saeed Odeh', 'unknown']]);
});

test('"including Major General X": a combatant part of the family\'s dead is left out of the civilians', () => {
  const text = 'An Israeli airstrike on the Haddad family home in Gaza City killed 12 members of the Haddad family, '
    + 'including Major General Omar Salim Haddad, commander of the security forces.';
  assert.deepEqual(killed(text), [11, 11]);
  // A civilian part stays one of the whole.
  assert.deepEqual(killed('An Israeli airstrike on the Haddad family home in Gaza City killed 12 members of the Haddad family, including teacher Omar Salim Haddad.'), [12, 12]);
});
