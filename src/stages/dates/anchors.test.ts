import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { segment } from '../segment.js';
import { dates } from '../dates.js';
import { createReport, spansOf } from '../../report/report.js';
import type { ReportAnchor } from '../../report/types.js';

const pipeline = buildPipeline([segment, dates]);
const TEXT = 'Aid groups said earlier this month that food was running out. The market was hit on 6 March. Fighting resumed last week.';
const copied = (origin: string, published: string): ReportAnchor => ({ start: 0, end: TEXT.indexOf(' The market'), published, origin });

function run(published: string | null, anchors?: ReportAnchor[]) {
  const r = pipeline.run(createReport(TEXT, { published, ...(anchors ? { anchors } : {}) }));
  return { dates: spansOf(r, 'date').map((s) => ({ text: s.text, ...s.value })), warnings: r.warnings };
}

test('a relative date inside a copied stretch is read against the origin\'s date', () => {
  const { dates: d, warnings } = run('2017-04-04', [copied('wire', '2017-03-30')]);
  const e = d.find((x) => x.text === 'earlier this month');
  assert.deepEqual([e?.from, e?.to, e?.anchor], ['2017-03-01', '2017-03-30', 'origin:wire:2017-03-30']);
  assert.deepEqual(e?.reanchored && [e.reanchored.from, e.reanchored.to], ['2017-04-01', '2017-04-04']);
  assert.ok(warnings.some((w) => /copied/.test(w)));
});

test('NOT moved: a relative date outside the copied stretch, or a date the text states in full', () => {
  const { dates: d } = run('2017-04-04', [{ ...copied('wire', '2017-03-30'), end: TEXT.length }]);
  const lastWeek = run('2017-04-04', [copied('wire', '2017-03-30')]).dates.find((x) => x.text === 'last week');
  assert.equal(lastWeek?.anchor, 'published:2017-04-04');
  assert.equal(lastWeek?.reanchored, undefined);
  const march6 = d.find((x) => x.text === '6 March');
  // A day without a year needs an anchor for its year: the origin's year, same here.
  assert.equal(march6?.from, '2017-03-06');
});

test('an undated copy gets its copied relative dates resolved from the origin', () => {
  const { dates: d, warnings } = run(null, [copied('wire', '2017-03-30')]);
  const e = d.find((x) => x.text === 'earlier this month');
  assert.deepEqual([e?.from, e?.to], ['2017-03-01', '2017-03-30']);
  assert.match(e?.reanchored?.reason ?? '', /no date/);
  assert.equal(d.find((x) => x.text === 'last week')?.from, null, 'outside the stretch: still unresolved');
  assert.ok(warnings.some((w) => /unresolved/.test(w)));
});

test('without anchors the stage behaves as before', () => {
  const e = run('2017-04-04').dates.find((x) => x.text === 'earlier this month');
  assert.deepEqual([e?.from, e?.to, e?.anchor, e?.reanchored], ['2017-04-01', '2017-04-04', 'published:2017-04-04', undefined]);
});

test('a weekday copied eleven days later is the origin\'s weekday, not the one before the copy', () => {
  const text = 'The market was hit on Thursday, killing nine.';
  const anchors = [{ start: 0, end: text.length, published: '2017-03-30', origin: 'wire' }];
  const literal = spansOf(pipeline.run(createReport(text, { published: '2017-04-10' })), 'date')[0].value;
  const moved = spansOf(pipeline.run(createReport(text, { published: '2017-04-10', anchors })), 'date')[0].value;
  assert.equal(literal.from, '2017-04-06');
  assert.equal(moved.from, '2017-03-30');
  assert.equal(moved.reanchored?.from, '2017-04-06');
});
