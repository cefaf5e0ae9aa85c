import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { actors } from '../actors.js';
import { casualties } from '../casualties.js';

/** [text, kind, min, max, aggregate] of every casualty figure. */
const figs = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.min, s.value.max, s.value.aggregate ?? false]);

test('"the number of deaths/martyrs/victims … rose to N" is a tally of the dead', () => {
  assert.deepEqual(figs('A local agency said the number of deaths had risen to four.'), [['four', 'killed', 4, 4, true]]);
  assert.deepEqual(figs('By noon the number of martyrs had climbed to 9.'), [['9', 'killed', 9, 9, true]]);
  assert.deepEqual(figs('Rescuers pulled two more bodies out, raising the number of victims to ten.').map((f) => f.slice(0, 3)).at(-1), ['ten', 'killed', 10]);
  assert.deepEqual(figs('Medics put the number of wounded at 30.'), [['30', 'injured', 30, 30, true]]);
});

test('"martyrs" and "were martyred" count the dead', () => {
  assert.deepEqual(figs('A relative wrote that there were 15 martyrs in the house.').map((f) => f.slice(0, 4)), [['15 martyrs', 'killed', 15, 15]]);
  assert.deepEqual(figs('Three Palestinians were martyred in the bombing.').map((f) => f.slice(0, 4)), [['Three Palestinians', 'killed', 3, 3]]);
});

test('NOT a tally: "the number of victims" without a figure, or a number of something else', () => {
  assert.deepEqual(figs('The number of victims could be higher than first reported.'), []);
  assert.deepEqual(figs('The number of martyrs is likely to rise as crews search the rubble.'), []);
  assert.deepEqual(figs('The square named after the martyrs was hit by two shells.'), []);
});

test('a quoted figure after a tally word is still the tally: "updated the death toll to “more than 20”"', () => {
  assert.deepEqual(figs('A local page updated the death toll to “more than 20.”').map((f) => [f[1], f[2], f[3], f[4]]), [['killed', 21, null, true]]);
  // A quote with no tally word before it is no tally.
  assert.deepEqual(figs('He wrote “more than 20” in the caption.'), []);
});

test('"the number killed", "the number of people killed" … at N is a tally of the dead', () => {
  assert.deepEqual(figs('The clinic put the number killed at “more than 30” on Sunday.').map((f) => [f[1], f[2], f[3], f[4]]), [['killed', 31, null, true]]);
  assert.deepEqual(figs('By evening the number of people killed had risen to 7.'), [['7', 'killed', 7, 7, true]]);
  assert.deepEqual(figs('Officials said the number of civilians killed stood at 12.'), [['12', 'killed', 12, 12, true]]);
  assert.deepEqual(figs('A reporter put the number of killed at 15.'), [['15', 'killed', 15, 15, true]]);
  // No figure after it: nothing to count.
  assert.deepEqual(figs('The number of people killed in the raid remains unclear.'), []);
});

/** [text, kind, min, max] of every casualty figure. */
const kinds = (text: string) => figs(text).map((f) => f.slice(0, 4));

test('an unstated figure between "killed and injured" counts both the dead and the wounded', () => {
  assert.deepEqual(kinds('The raid killed and injured a number of villagers.'),
    [['a number of villagers', 'injured', 2, 2], ['a number of villagers', 'killed', 2, 2]]);
  assert.deepEqual(kinds('Shells hit the market, killing and wounding an unspecified number of shoppers.').map((f) => f[1]), ['injured', 'killed']);
  assert.deepEqual(kinds('Medics carried dozens of wounded and dead out of the building.'),
    [['dozens of wounded', 'injured', 12, 24], ['dozens of wounded', 'killed', 12, 24]]);
});

test('NOT both: a number written out, or two harms told of two groups', () => {
  // "killed and wounded 20 people" may be their sum: the figure keeps one harm.
  assert.equal(kinds('The blast killed and wounded 20 people.').length, 1);
  // The dead and the wounded are different people here.
  assert.deepEqual(kinds('Two guards were killed and others were injured.').map((f) => f[1]), ['killed', 'injured']);
});

test('"among the dead were N", "among the injured were N" give the harm to the figure after them', () => {
  assert.deepEqual(kinds('Among the dead were between 5 to 7 villagers, medics said.'), [['between 5 to 7 villagers', 'killed', 5, 7]]);
  assert.deepEqual(kinds('Among the injured were four nurses.'), [['four nurses', 'injured', 4, 4]]);
  // Not a harm: "among the guests were".
  assert.deepEqual(kinds('Among the guests were four nurses.'), []);
});

test('"the number of <people> <harm word> … was N": a longer tally names its harm inside', () => {
  assert.deepEqual(figs('A cousin said the overall number of the deceased family members was 16.'), [['16', 'killed', 16, 16, true]]);
  assert.deepEqual(figs('By morning the total number of residents wounded in the raid had risen to 23.'), [['23', 'injured', 23, 23, true]]);
  assert.deepEqual(figs('The total number of relatives killed overall is 40.'), [['40', 'killed', 40, 40, true]]);
});

test('NOT a longer tally: no harm word, no linking verb, or another verb in the phrase', () => {
  assert.deepEqual(figs('The number of houses destroyed was 12.'), []);
  // "may exceed" is no link; "turned away" is another verb: the figure after it is no tally's value.
  assert.deepEqual(figs('The number of civilians killed may exceed the nine identified victims.'), []);
  assert.deepEqual(figs('The number of wounded people that the clinic turned away was 30.'), []);
});

test('"the toll was initially reported at 12 but rose to 19": both figures are the tally, the later a revision', () => {
  const got = figs('The death toll was initially reported at 12 but rose to 19.');
  assert.deepEqual(got.map((f) => [f[0], f[1], f[4]]), [['12', 'killed', true], ['19', 'killed', true]]);
  // "and" between the figures chains them too; "the number of casualties" tallies the dead.
  assert.deepEqual(figs('The number of casualties was first put at 8 and then rose to 11.').map((f) => [f[0], f[1], f[4]]), [['8', 'killed', true], ['11', 'killed', true]]);
});
