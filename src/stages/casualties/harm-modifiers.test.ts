import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { actors } from '../actors.js';
import { casualties } from '../casualties.js';

/** [text, kind, min, max] of every casualty figure. */
const figs = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.min, s.value.max]);

test('a harm adjective on the people noun names their harm, over a verb the list shares', () => {
  assert.deepEqual(figs('The shelling claimed the lives of 12 people and more than 30 injured residents, according to the ministry.'),
    [['12 people', 'killed', 12, 12], ['more than 30 injured residents', 'injured', 31, null]]);
  assert.deepEqual(figs('The raid killed four villagers and two wounded farmers.').map((f) => f[1]), ['killed', 'injured']);
});

test('the figure\'s own verb right after it still outranks its adjective; no clause, no figure', () => {
  assert.deepEqual(figs('Two injured men later died in hospital.').map((f) => f[1]), ['killed']);
  assert.deepEqual(figs('The post showed a photograph of three dead infants.'), []);
});

test('harm phrases: "a further N", "sustaining injuries", "injuries to N", medics', () => {
  assert.deepEqual(figs('The shell killed two boys and injured a further 14 residents.'),
    [['two boys', 'killed', 2, 2], ['14 residents', 'injured', 14, 14]]);
  assert.deepEqual(figs('A car was hit near the bakery, with three people sustaining injuries.'), [['three people', 'injured', 3, 3]]);
  assert.deepEqual(figs('The blast caused injuries to five shopkeepers.'), [['five shopkeepers', 'injured', 5, 5]]);
  assert.deepEqual(figs('Four medics were wounded while carrying stretchers.'), [['Four medics', 'injured', 4, 4]]);
});

test('a bare plural with its own harm verb is an unstated number of people: 2–2', () => {
  assert.deepEqual(figs('Residents said civilians were wounded when the market was shelled.'), [['civilians', 'injured', 2, 2]]);
  assert.deepEqual(figs('Karim Haddad, his wife and his children were injured in the raid.'),
    [['Karim Haddad', 'injured', 1, 1], ['his wife', 'injured', 1, 1], ['his children', 'injured', 2, 2]]);
});

test('NOT a bare plural: people counted already, an object, a state other than harm', () => {
  assert.deepEqual(figs('Two boys died; the children were buried on Friday.').map((f) => f[0]), ['Two boys']);
  assert.deepEqual(figs('The council condemned the killing of civilians.'), []);
  assert.deepEqual(figs('Diplomats condemned the killing of civilians.'), []);
  assert.deepEqual(figs('Airstrikes have killed civilians across the region.'), []);
  assert.deepEqual(figs('Relatives were missing after the flood.'), []);
});

/** [text, subsetOf] of every casualty figure. */
const parts = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty').map((s) => [s.text, s.value.subsetOf ?? null]);

test('a colon after a figure\'s clause opens its breakdown: the figures after it are its parts', () => {
  assert.deepEqual(parts('Nine members of the Haddad family were killed in the raid: Karim Haddad, his wife and their three sons.'),
    [['Nine members of the Haddad family', null], ['Karim Haddad', 0], ['his wife and their three sons', 0]]);
  // No colon: the people after a full stop are counted on their own.
  assert.deepEqual(parts('Nine members of the Haddad family were killed in the raid. Two neighbours also died.').map((f) => f[1]), [null, null]);
});

test('"among them" opens the parts of the figure before; siblings are people', () => {
  assert.deepEqual(parts('At least 30 civilians were killed, among them at least 12 women and five siblings.'),
    [['At least 30 civilians', null], ['at least 12 women', 0], ['five siblings', 0]]);
});

test('kinship nouns are people: nephews, nieces, cousins, uncles, aunts, grandchildren', () => {
  assert.deepEqual(figs('Her nephew was killed and two cousins were wounded.'), [['Her nephew', 'killed', 1, 1], ['two cousins', 'injured', 2, 2]]);
});

test('"a group of" people is an unstated number: 2–2', () => {
  assert.deepEqual(figs('A group of farmers were killed near the fence.'), [['A group of farmers', 'killed', 2, 2]]);
});

test('a parenthetical between dashes after a person does not break the list that shares the verb', () => {
  assert.deepEqual(figs('The mother of Sami Odeh – a well-known local teacher – and three other civilians were killed.').map((f) => [f[0], f[1]]),
    [['The mother of Sami Odeh', 'killed'], ['three other civilians', 'killed']]);
});

test('"from N to M" people is one range, the object of the verb before it', () => {
  assert.deepEqual(figs('The blast killed two men and wounded from six to 14 passers-by.').map((f) => [f[1], f[2], f[3]]),
    [['killed', 2, 2], ['injured', 6, 14]]);
});

/** [text, kind, min, max, supersededBy] of every casualty figure. */
const revised = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.min, s.value.max, s.value.supersededBy ?? null]);

test('a revision marker scopes its clause: "initial reports from the agency said that 30 …", "later figures put it at 40"', () => {
  assert.deepEqual(revised('Initial reports from the local radio station said that 30 people were injured, with later figures published by the clinic as 40 injured.')
    .map((f) => [f[0], f[2], f[3], f[4]]), [['30 people', 30, 30, 1], ['40 injured', 30, 40, null]]);
});

test('a person named beside an early figure is not the count being revised', () => {
  const f = revised('Two outlets initially reported 12 deaths, with Omar Haddad filming the scene. Several agencies later reported that 20 civilians were killed.');
  assert.deepEqual(f.filter((x) => x[0] === '20 civilians').map((x) => [x[2], x[3]]), [[12, 20]]);
});
