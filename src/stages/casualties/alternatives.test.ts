import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { actors } from '../actors.js';
import { casualties } from '../casualties.js';

const figs = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => ({ text: s.text, kind: s.value.kind, group: s.value.group, alternative: s.value.alternative === true, upTo: s.value.upTo === true }));

test('alternatives: a second source\'s figure after "while" is another reading of the same dead', () => {
  const f = figs('The agency said four civilians were killed, while the hospital said six civilians were killed.');
  assert.deepEqual(f.map((x) => [x.text, x.alternative]), [['four civilians', false], ['six civilians', true]]);
});

test('alternatives: "however … cited five deaths" takes the earlier figure\'s group', () => {
  const f = figs('Most outlets wrote that three civilians died in the blast, however the rights centre cited five deaths.');
  assert.deepEqual(f.map((x) => [x.text, x.alternative, x.group]), [['three civilians', false, 'civilians'], ['five deaths', true, 'civilians']]);
});

test('alternatives: NOT for two groups, "others", parts or one shared verb', () => {
  assert.ok(figs('The hospital reported that two soldiers were killed, while residents said three civilians were killed.').every((x) => !x.alternative));
  assert.ok(figs('Two people were killed in the market, while three others were killed at the school.').every((x) => !x.alternative));
  assert.ok(figs('Medics reported that nine civilians were killed, including four children.').every((x) => !x.alternative));
  assert.ok(figs('Four men and five women were killed, the ministry reported.').every((x) => !x.alternative));
});

test('alternatives: NOT without a contrast or a reporting word between them', () => {
  assert.ok(figs('Two people were killed in the north and three people were killed in the south.').every((x) => !x.alternative));
});

test('alternatives: a different harm is never an alternative', () => {
  assert.ok(figs('Four civilians were killed, while witnesses reported five people injured.').every((x) => !x.alternative));
});

test('up to: the flag reaches the casualty value', () => {
  assert.deepEqual(figs('The strike killed up to nine civilians.').map((x) => x.upTo), [true]);
  assert.deepEqual(figs('The strike killed at least nine civilians.').map((x) => x.upTo), [false]);
});

test('bare "others" beside a harm word is a figure of 2; NOT without one', () => {
  const f = spansOf(buildPipeline([segment, actors, casualties]).run(createReport('Two men were killed and others were wounded in the strike.')), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.min, s.value.max]);
  assert.deepEqual(f, [['Two men', 'killed', 2, 2], ['others', 'injured', 2, 2]]);
  const g = spansOf(buildPipeline([segment, actors, casualties]).run(createReport('Some residents stayed while others left for the coast.')), 'casualty');
  assert.deepEqual(g.map((s) => s.text), []);
});
