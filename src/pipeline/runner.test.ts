import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from './runner.js';
import type { Stage } from './stage.js';
import { createReport, makeSpan } from '../report/report.js';

const sentences: Stage = {
  name: 'one-sentence',
  requires: [],
  assigns: ['sentence'],
  run: (r) => ({ spans: [makeSpan(r, { start: 0, end: r.text.length, label: 'sentence', value: { index: 0 }, stage: 'one-sentence' })] }),
};
const needsDates: Stage = { name: 'needs-dates', requires: ['date'], assigns: [], run: () => ({ spans: [] }) };

test('runner appends each stage\'s spans and leaves the input report untouched', () => {
  const input = createReport('Two people were killed.');
  const out = buildPipeline([sentences]).run(input);
  assert.equal(input.spans.length, 0);
  assert.equal(out.spans.length, 1);
  assert.equal(out.spans[0].text, 'Two people were killed.');
});

test('runner refuses a stage whose requirement no earlier stage assigns', () => {
  assert.throws(() => buildPipeline([needsDates, sentences]), /requires "date"/);
});

test('runner refuses a label assigned by two stages', () => {
  assert.throws(() => buildPipeline([sentences, { ...sentences, name: 'again' }]), /assigned by both/);
});

test('runner refuses spans a stage did not declare', () => {
  const liar: Stage = { ...sentences, name: 'liar', assigns: [] };
  assert.throws(() => buildPipeline([liar]).run(createReport('x')), /does not declare/);
});

test('runner passes stage trace lines to the trace sink, prefixed with the stage name', () => {
  const lines: string[] = [];
  const talker: Stage = { name: 'talker', requires: [], assigns: [], run: (_r, ctx) => { ctx.trace('hello'); return { spans: [] }; } };
  buildPipeline([talker], { trace: (l) => lines.push(l) }).run(createReport('x'));
  assert.deepEqual(lines, ['talker: hello']);
});
