import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weapons } from './weapons.js';
import { segment } from './segment.js';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';

// All sentences below were written by the team for these tests.

const run = (text: string) => spansOf(buildPipeline([segment, weapons]).run(createReport(text)), 'weapon');
const pairs = (text: string) => run(text).map((s) => [s.text, s.value.name, s.value.category]);

test('weapons are named with their canonical name and category, longest form first', () => {
  assert.deepEqual(pairs('Helicopters dropped barrel bombs, and a rocket-propelled grenade launcher was found.'), [
    ['barrel bombs', 'barrel bomb', 'air'],
    ['rocket-propelled grenade launcher', 'firearm', 'small-arms'],
  ]);
});

test('spelling variants: hyphen or space, any case for words', () => {
  assert.deepEqual(run('Mortar rounds hit the camp; a machine-gun and two machine guns were seized.').map((s) => s.text),
    ['Mortar rounds', 'machine-gun', 'machine guns']);
});

test('acronyms match only as written, whole words', () => {
  assert.deepEqual(pairs('A VBIED and two IEDs exploded near the road.').map((p) => p[0]), ['VBIED', 'IEDs']);
  assert.deepEqual(run('The audience applauded; a lied-about rumour spread.'), []);
});

test('words that merely contain a weapon word are not weapons', () => {
  assert.deepEqual(run('The gunners shelled nothing; bombastic speeches and a gunboat followed.'), []);
});

test('chemical weapons are their own category', () => {
  assert.deepEqual(pairs('Inspectors said sarin and other chemical weapons were used.').map((p) => p[2]), ['chemical', 'chemical']);
});
