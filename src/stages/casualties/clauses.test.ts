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
const doubted = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty').map((s) => s.value.doubted ?? false);

test('"with X doing something" is a circumstance, not company in the harm', () => {
  assert.deepEqual(figs('The radio first reported the deaths of 12 civilians, with Channel Four showing footage of the ruins.'),
    [['12 civilians', 'killed', 12, 12]]);
  assert.deepEqual(figs('The shell killed two farmers, with a neighbour filming the smoke from his roof.'),
    [['two farmers', 'killed', 2, 2]]);
  // Company still shares the harm.
  assert.deepEqual(figs('The strike killed Omar Haddad along with his three children.').map((f) => f[1]), ['killed', 'killed']);
});

test('a person who reports ("was alone in stating that …") is not a victim of the harm verb in the report', () => {
  assert.deepEqual(figs('The blogger was alone in stating that nine people were killed.'), [['nine people', 'killed', 9, 9]]);
  assert.deepEqual(figs('The nurse said that the house had been hit and that everyone inside was killed.'), []);
  assert.deepEqual(figs('A reporter wrote that the family home was destroyed and those inside were killed.'), []);
  assert.deepEqual(figs('The nurse said that a boy was injured.'), [['a boy', 'injured', 1, 1]]);
});

test('"alone in stating/reporting" marks one source\'s claim as doubted', () => {
  assert.deepEqual(doubted('One blogger was alone in stating that 40 people were killed.'), [true]);
  assert.deepEqual(doubted('A radio station was alone in reporting that a fifth child was killed.'), [true]);
  assert.deepEqual(doubted('The woman was alone in the house when a shell killed two boys.'), [false]);
});

test('"was (also) reported as killed by one source": a claim of one more death, in the top only', () => {
  const spans = spansOf(buildPipeline([segment, actors, casualties]).run(createReport('Sami Khaled Haddad was also reported as killed by one source.')), 'casualty');
  assert.deepEqual(spans.map((s) => [s.text, s.value.kind, s.value.doubted ?? false, s.value.additional ?? false]),
    [['Sami Khaled Haddad', 'killed', true, true]]);
  assert.deepEqual(figs('Two guards were listed as killed by the ministry.'), [['Two guards', 'killed', 2, 2]]);
  assert.deepEqual(figs('Her son Omar Haddad was reported as injured.').map((f) => f[1]), ['injured']);
});

test('NOT a harm: an intention, a permission or a threat before the harm word ("authorised the killing of")', () => {
  assert.deepEqual(figs('The commanders had authorised the killing of up to 200 civilians.'), []);
  assert.deepEqual(figs('Gunmen threatened to kill ten villagers.'), []);
  assert.deepEqual(figs('The pilots tried to avoid killing five farmers in the field.'), []);
  // The harm itself still counts.
  assert.deepEqual(figs('The shelling led to the killing of 12 villagers.'), [['12 villagers', 'killed', 12, 12]]);
});
