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

test('"the bodies of N people": N dead, a lower bound as "N bodies" is', () => {
  assert.deepEqual(figs('Footage showed neighbours carrying the bodies of seven people from the rubble.'), [['seven people', 'killed', 7, null]]);
  // Bodies of something else are no people.
  assert.deepEqual(figs('Crews inspected the bodies of three trucks after the blast.'), []);
});
