import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import type { CasualtyValue } from '../../report/types.js';
import { segment } from '../segment.js';
import { actors } from '../actors.js';
import { casualties } from '../casualties.js';

const values = (text: string): (CasualtyValue & { text: string })[] =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty').map((s) => ({ ...s.value, text: s.text }));

const flags = (v: CasualtyValue & { text: string }) => [v.text, v.kind, !!v.doubted, !!v.additional];

test('a hedged list member ("and possibly X") counts toward the top only', () => {
  // After a list with its verb: the hedged one shares the list's harm.
  assert.deepEqual(values('Samir Odeh and his son were killed in the strike, and possibly a neighbour.').map(flags),
    [['Samir Odeh and his son', 'killed', false, false], ['a neighbour', 'killed', true, true]]);
  // Inside a list of names: the others keep the verb and are counted firmly.
  assert.deepEqual(values('Rami Khoury, his daughter Lina Khoury and possibly Tarek Nabil Khoury were killed.').map(flags),
    [['Rami Khoury', 'killed', false, false], ['Lina Khoury', 'killed', false, false], ['Tarek Nabil Khoury', 'killed', true, true]]);
  assert.deepEqual(values('Two brothers and perhaps a cousin were killed.').map(flags),
    [['Two brothers', 'killed', false, false], ['a cousin', 'killed', true, true]]);
});

test('NOT a hedged member: a list without the hedge, or a hedge on the verb', () => {
  assert.ok(values('Rami Khoury, his daughter Lina Khoury and Tarek Nabil Khoury were killed.').every((v) => !v.doubted && !v.additional));
  assert.ok(values('Two brothers were possibly killed in the strike.').every((v) => !v.additional));
});
