import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { attribution } from './attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';

// Where the content of a cue ends (attribution/frames.ts `clauseEnd`, `frameContent`).
// All sentences below were written for these tests.

function run(text: string) {
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, attribution], { trace: (l) => lines.push(l) }).run(createReport(text));
  return { claims: spansOf(report, 'claim').map((s) => s.value), trace: () => lines.join('\n') };
}

test('", but that" opens a second complement clause of the same cue: the content goes on', () => {
  const r = run('The harbour master said the old pier was safe, but that the ferry ramp needed repairs.');
  assert.equal(r.claims[0]?.content.text, 'the old pier was safe, but that the ferry ramp needed repairs', r.trace());
});
