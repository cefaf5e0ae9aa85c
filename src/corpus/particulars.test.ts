import { test } from 'node:test';
import assert from 'node:assert/strict';
import { particularsConflict, words } from './particulars.js';

// Sentences written for these tests.

test('particulars: figures, number words as digits, and capitalised words after the first', () => {
  const keys = (t: string) => words(t).filter((w) => w.particular).map((w) => w.key);
  assert.deepEqual(keys('Medics said 1,200 people had fled Tal Afar since Sunday.'), ['1200', 'tal', 'afar', 'sunday']);
  assert.deepEqual(keys('"We ran to the basement," said Amal Haddad, nineteen.'), ['amal', 'haddad', '19']);
  // NOT particulars: the first word of the sentence or of a quotation, common words.
  assert.deepEqual(keys('Residents said: "Nobody came to help us for hours."'), []);
});

test('conflict: the same template filled with another figure, age, name, place or day', () => {
  assert.equal(particularsConflict(
    'Rescuers said 11 residents had been killed, and that the toll was likely to rise.',
    'Rescuers said four people had been killed, and that the toll was likely to rise.'), true);
  assert.equal(particularsConflict(
    '"The ceiling fell on us," said Amal Haddad, 19, who lives nearby.',
    '"The ceiling fell on us," said Amal Haddad, 47, who lives nearby.'), true);
  assert.equal(particularsConflict(
    'Six Kachin fighters were also killed in the raid.',
    'Six government soldiers were also killed in the raid.'), true);
  assert.equal(particularsConflict(
    'Journalists have limited access to Idlib province, where phone lines are often cut.',
    'Journalists have limited access to Hama province, where phone lines are often cut.'), true);
  assert.equal(particularsConflict(
    'The shelling of the market on Tuesday killed three traders, the council said.',
    'The shelling of the market on Friday killed three traders, the council said.'), true);
});

test('NO conflict: a light edit, a trimmed or added clause, a figure written out', () => {
  // A common word changed.
  assert.equal(particularsConflict('Six Kachin fighters were also killed in the raid.', 'Six Kachin fighters were also killed in the attack.'), false);
  // A clause trimmed off the copy, names and all.
  assert.equal(particularsConflict(
    'A shell killed 12 people in Marib on Thursday, police said, adding that Colonel Saleh had ordered an inquiry.',
    'A shell killed 12 people in Marib on Thursday, police said.'), false);
  // An attribution added by the republishing outlet.
  assert.equal(particularsConflict(
    'A shell killed five people in Marib on Thursday.',
    'A shell killed 5 people in Marib on Thursday, the Valley Courier reported.'), false);
  // House style: curly quotes, "U.S." for "US".
  assert.equal(particularsConflict('“We ran,” said a U.S. aid worker in Marib.', '"We ran," said a US aid worker in Marib.'), false);
});
