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

test('"several" wounded: 2–2, Airwars\' reading of an unstated number of wounded', () => {
  assert.deepEqual(figs('A shell hit the market and several shoppers were wounded.'), [['several shoppers', 'injured', 2, 2]]);
  assert.deepEqual(figs('One man died and several others were injured.').at(-1), ['several others', 'injured', 2, 2]);
});

test('NOT for the dead: "several" killed keeps the reading of 3 or more', () => {
  assert.deepEqual(figs('Several villagers were killed in the raid.'), [['Several villagers', 'killed', 3, null]]);
});
