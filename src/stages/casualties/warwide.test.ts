import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { actors } from '../actors.js';
import { casualties } from '../casualties.js';
import { analyze } from '../../analyze.js';

/** [text, kind, min, max] of every casualty figure. */
const figs = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.min, s.value.max]);

test('a figure its own clause scopes to the whole war ("killed in the war", "since the conflict began") is no event figure', () => {
  assert.deepEqual(figs('His cousin said that nine members of the family have now been killed in the war.'), []);
  assert.deepEqual(figs('A teacher posted the names of 17 victims from the Haddad clan whose deaths were logged by the health ministry since the conflict began.'), []);
  assert.deepEqual(figs('At least 40 aid workers have died since the start of the offensive.'), []);
});

test('NOT war-wide: the cue in another clause of the sentence, or no cue at all', () => {
  assert.deepEqual(figs('The raid killed five people, bringing the toll since the war began to 900.').slice(0, 1), [['five people', 'killed', 5, 5]]);
  assert.deepEqual(figs('The shelling killed three shepherds near the border.'), [['three shepherds', 'killed', 3, 3]]);
});

test('analysis: the war-wide toll of a family does not widen the event\'s range', () => {
  const text = 'An airstrike on a farmhouse near the village killed two brothers and their father on Monday. ' +
    'A relative wrote that 11 members of the extended family had been killed in the war.';
  const a = analyze(text, { published: '2024-05-07' });
  const k = a.events[0].civilians.killed;
  assert.deepEqual([k.min, k.max], [3, 3]);
});
