import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import type { Analysis } from '../report/analysis.js';
import type { DateValue } from '../report/types.js';
import { analysisSchema } from '../report/schema.js';
import { findOrigins } from './provenance.js';
import { SentenceIndex } from './sentence-index.js';
import { classifyProvenance } from './stitched.js';
import { needsReanalysis, reanchor } from './reanchor.js';
import { CAMPS, STATEMENT, STITCHED, WIRE } from './texts.fixture.js';

const wire = analyze(WIRE, { id: 'wire', published: '2017-03-30' });
const camps = analyze(CAMPS, { id: 'camps', published: '2017-03-28' });
const statement = analyze(STATEMENT, { id: 'statement', published: '2017-03-29' });
const meta = { id: 'farm', published: '2017-04-04' };
const page = analyze(STITCHED, meta);

const earlierThisMonth = (a: Analysis) => {
  const d = a.dates.find((x) => x.text === 'earlier this month');
  assert.ok(d, `no "earlier this month" among ${JSON.stringify(a.dates.map((x) => x.text))}`);
  return d as Analysis['dates'][number] & Pick<DateValue, 'reanchored'>;
};

/** Provenance against an index of the given reports, then the page analysed again with anchors. */
async function reanalysed(stored: Analysis[]): Promise<{ again: Analysis; stitched: boolean }> {
  const index = new SentenceIndex();
  for (const a of stored) index.add(a);
  const origins = await findOrigins(page, index);
  const anchors = reanchor(page, origins);
  const again = needsReanalysis(page, anchors) ? analyze(STITCHED, { ...meta, anchors }) : page;
  return { again, stitched: classifyProvenance(origins).stitched };
}

test('alone, the stitched page\'s "earlier this month" is read against its own date: 1-4 April', () => {
  const d = earlierThisMonth(page);
  assert.deepEqual([d.from, d.to, d.anchor], ['2017-04-01', '2017-04-04', 'published:2017-04-04']);
  assert.equal(d.reanchored, undefined);
});

test('with its origin (published 30 March) in the corpus, the stitched page\'s "earlier this month" is March, and says why', async () => {
  const { again, stitched } = await reanalysed([wire, camps, statement]);
  assert.equal(stitched, true);
  const d = earlierThisMonth(again);
  assert.deepEqual([d.from, d.to], ['2017-03-01', '2017-03-30']);
  assert.equal(d.anchor, 'origin:wire:2017-03-30');
  assert.deepEqual([d.reanchored?.from, d.reanchored?.to], ['2017-04-01', '2017-04-04']);
  assert.match(d.reanchored?.reason ?? '', /copied from report wire, published 2017-03-30/);
  assert.ok(again.warnings.some((w) => /copied sentences/.test(w)), again.warnings.join('; '));
  assert.ok(analysisSchema.safeParse(again).success, 'still a valid civwatch.analysis/1');
  // "Thursday" in the copied market sentence is now the wire's Thursday; here the same day.
  const thursday = again.dates.find((x) => x.text.startsWith('Thursday'));
  assert.equal(thursday?.anchor, 'origin:wire:2017-03-30');
  assert.equal(thursday?.from, '2017-03-30');
});

test('NOT re-anchored without the origin: only the other sources stored, "earlier this month" stays 1-4 April', async () => {
  const { again } = await reanalysed([camps, statement]);
  const d = earlierThisMonth(again);
  assert.deepEqual([d.from, d.to, d.anchor], ['2017-04-01', '2017-04-04', 'published:2017-04-04']);
  assert.equal(d.reanchored, undefined);
});

test('reanchor: anchors only for sentences whose origin is another, earlier report', () => {
  const input = { report: { id: 'farm', published: '2017-04-04', text: 'x'.repeat(100) }, sentences: [] };
  const o = (start: number, originReport: string, originPublished: string | null) => ({
    report: 'farm', sentence: start, start, end: start + 10, originReport, originSentence: 0, similarity: 1, originPublished, evidence: true,
  });
  assert.deepEqual(reanchor(input, [o(20, 'wire', '2017-03-30'), o(0, 'farm', '2017-04-04'), o(40, 'same-day', '2017-04-04'), o(60, 'undated', null)]),
    [{ start: 20, end: 30, published: '2017-03-30', origin: 'wire' }]);
});

test('needsReanalysis: only when a relative date lies in a copied stretch', () => {
  const anchors = [{ start: 10, end: 50, published: '2017-03-30', origin: 'wire' }];
  assert.equal(needsReanalysis({ dates: [{ start: 20, end: 38, anchor: 'published:2017-04-04' }] }, anchors), true);
  assert.equal(needsReanalysis({ dates: [{ start: 20, end: 32, anchor: null }] }, anchors), false, 'a stated date');
  assert.equal(needsReanalysis({ dates: [{ start: 60, end: 70, anchor: 'published:2017-04-04' }] }, anchors), false, 'outside');
});
