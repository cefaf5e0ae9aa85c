import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeStages } from './timing.js';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, makeSpan } from '../report/report.js';
import type { Stage } from '../pipeline/stage.js';

const sentence: Stage = {
  name: 'sentences', requires: [], assigns: ['sentence'],
  run: (r) => ({ spans: [makeSpan(r, { start: 0, end: r.text.length, label: 'sentence', value: { index: 0 }, stage: 'sentences' })] }),
};
const fails: Stage = { name: 'fails', requires: ['sentence'], assigns: [], run: () => { throw new Error('boom'); } };

test('timed stages give the same report and count their calls', () => {
  const timed = timeStages([sentence]);
  const report = createReport('Two people were killed.');
  const plain = buildPipeline([sentence]).run(report);
  const viaTimer = buildPipeline(timed.stages).run(report);
  assert.deepEqual(viaTimer, plain);
  buildPipeline(timed.stages).run(report);
  const [t] = timed.timings();
  assert.equal(t.name, 'sentences');
  assert.equal(t.calls, 2);
  assert.ok(t.ms >= 0);
  timed.reset();
  assert.equal(timed.timings()[0].calls, 0);
});

test('the order check still applies to timed stages, and a failing stage still fails', () => {
  const timed = timeStages([fails]);
  assert.throws(() => buildPipeline(timed.stages), /requires "sentence"/);
  const ok = timeStages([sentence, fails]);
  assert.throws(() => buildPipeline(ok.stages).run(createReport('x')), /boom/);
  assert.equal(ok.timings()[1].calls, 1, 'a failing call is still counted');
});
