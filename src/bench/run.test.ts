import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBench, runBench } from './run.js';
import { defaultStages } from '../pipeline/default.js';

// A smoke test of the benchmark's plumbing on a tiny corpus: what it reports, never how fast.
test('the bench times every stage and reports both rates, their ratio and peak RSS', () => {
  const r = runBench({ count: 3, seed: 1, warmup: 1, maxSeconds: 60 });
  assert.equal(r.corpus.reports, 3);
  assert.equal(r.pipeline.reports + r.pipeline.failures, 3);
  assert.equal(r.tokenization.reports, 3);
  assert.deepEqual(r.pipeline.stages.map((s) => s.name), defaultStages().map((s) => s.name));
  for (const s of r.pipeline.stages) assert.equal(s.calls, 3, `${s.name} ran once per report`);
  assert.ok(r.tokenization.tokens > 3 * 400, 'about 600 words per report are tokenized');
  assert.ok(Number.isFinite(r.ratio) && r.ratio >= 0);
  assert.ok(r.peakRssMiB.end >= r.peakRssMiB.afterPipeline && r.peakRssMiB.end > 0);
  const text = formatBench(r);
  for (const needle of ['reports/s', 'MB/s', 'peak RSS', 'pipeline / tokenization', 'segment', 'slowest stage']) {
    assert.ok(text.includes(needle), `summary mentions ${needle}`);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(r)).aims, r.aims, 'the result round-trips to JSON');
});
