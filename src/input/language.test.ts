import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

const english = 'Three civilians were killed when a shell hit their house on the edge of the town on Tuesday, residents said. The army said it had been firing at positions held by the rebels, who denied that they had been in the area at the time of the attack.';
const french = 'Trois civils ont été tués mardi lorsqu\'un obus a frappé leur maison à la lisière de la ville, ont déclaré des habitants. L\'armée a affirmé avoir visé des positions tenues par les rebelles, qui ont nié se trouver dans le secteur au moment de l\'attaque.';
const spanish = 'Tres civiles murieron el martes cuando un proyectil alcanzó su casa en las afueras de la ciudad, según dijeron los vecinos. El ejército afirmó que disparaba contra posiciones de los rebeldes, que negaron haber estado en la zona en el momento del ataque.';

test('detectLanguage: English prose is English', () => {
  assert.equal(detectLanguage(english), 'eng');
});

test('detectLanguage: French and Spanish prose are not taken for English', () => {
  assert.equal(detectLanguage(french), 'fra');
  assert.equal(detectLanguage(spanish), 'spa');
});

test('detectLanguage: too little text to tell is und', () => {
  assert.equal(detectLanguage('Mosul'), 'und');
});
