import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

const run = (text: string) => analyze(text, { published: '2023-10-13' });
const killed = (text: string) => {
  const k = run(text).events[0].civilians.killed;
  return [k.min, k.max];
};
const figures = (text: string) => run(text).casualties.map((c) => [c.text, c.min, c.max]);

test('"with two of her sons Omar and Sami": names after a plural people noun name those people', () => {
  assert.deepEqual(killed('Nadia Farouk Haddad was killed, with two of her sons Omar and Sami, in a strike on the house in Rafah.'), [3, 3]);
  // The names are the sons, not two more people.
  assert.deepEqual(killed('An airstrike on the house in Rafah killed his two sons Walid Karim Hamdan and Ihsan Karim Hamdan.'), [2, 2]);
  assert.deepEqual(killed('His two sons Walid Karim Hamdan and Ihsan Karim Hamdan were killed in an airstrike on the house in Rafah.'), [2, 2]);
});

test('"Mona was killed alongside her five sons": company of a subject no figure counts shares the verb and counts the subject', () => {
  assert.deepEqual(figures('A neighbour said that Mona was killed alongside her five sons in the strike.'), [['five sons', 6, 6]]);
  // A subject counted by a figure of its own is not counted again.
  assert.deepEqual(killed('Mona Salem Haddad was killed alongside her five sons in the strike on the house.'), [6, 6]);
  // "were killed": a plural subject is no one person.
  assert.deepEqual(figures('Neighbours said the parents were killed alongside their five sons in the strike.'), [['five sons', 5, 5]]);
  // One source's claim beside a firm count raises only the top.
  assert.deepEqual(killed('Mona Salem Haddad was killed with two of her sons in the strike on the house. '
    + 'One source reported that Mona was killed alongside her five sons, however, no other sources corroborated this claim.'), [3, 6]);
});

test('"Seven civilians, Jihad Saleh, his wife Rabab and their five children …": a list that adds up to the count breaks it down', () => {
  const text = 'Seven civilians, Jihad Abdullah Saleh (35 years old), his wife Rabab Omar Saleh (28 years old), and their five children '
    + 'Nida Saleh (11 years old) and Sham Saleh (four years old) were killed in a strike on their home.';
  assert.deepEqual(killed(text), [7, 7]);
  // A list that does not add up to the count is more people.
  assert.deepEqual(killed('Two soldiers, Ali Hassan Omar and his three sons were killed in a strike on their home.'), [4, 4]);
});

test('"killed his two sons": a possessive may stand between an active verb and its object figure', () => {
  assert.deepEqual(figures('The strike on the house killed her three daughters.'), [['three daughters', 3, 3]]);
});
