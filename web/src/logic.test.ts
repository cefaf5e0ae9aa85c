// The dashboard's small pure functions (one test file for the modules of a few lines each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueText } from './audit.js';
import { groupEvidence } from './evidence.js';
import { gradesOf } from './filters.js';
import { dateText, placeText, rangeText } from './format.js';
import { gradeColour, radiusFor } from './grades.js';
import { originsBySource } from './report-view.js';
import { parseValue } from './review-form.js';
import type { EvidenceItem } from './types.js';

test('gradesOf expands the ladder and ignores unknown grades', () => {
  assert.deepEqual(gradesOf('fair+'), ['fair', 'confirmed']);
  assert.deepEqual(gradesOf('weak+'), ['weak', 'fair', 'confirmed']);
  assert.deepEqual(gradesOf('weak, Contested'), ['weak', 'contested']);
  assert.deepEqual(gradesOf('contested+'), ['contested']);
  assert.deepEqual(gradesOf('excellent'), []);
  assert.deepEqual(gradesOf(undefined), []);
});

test('radiusFor grows with the square root of deaths and is capped; bad input is 0 deaths', () => {
  assert.equal(radiusFor(0), 4);
  assert.ok(Math.abs(radiusFor(25) - 15) < 1e-9);
  assert.ok(radiusFor(100) > radiusFor(25));
  assert.equal(radiusFor(1e9), 30);
  assert.equal(radiusFor(-3), 4);
  assert.equal(radiusFor(Number.NaN), 4);
  assert.equal(gradeColour('fair'), '#009E73');
  assert.equal(gradeColour('nonsense'), '#999999');
});

test('format: ranges, dates, places', () => {
  assert.equal(rangeText({ min: 19, max: 21, conservative: 19 }), '19–21');
  assert.equal(rangeText({ min: 11, max: null, conservative: 11 }), '11+');
  assert.equal(rangeText({ min: 0, max: 0, conservative: 0 }), '0');
  assert.equal(rangeText(undefined), '—');
  assert.equal(dateText({ from: '2017-03-08', to: '2017-03-10' }), '2017-03-08 to 2017-03-10');
  assert.equal(dateText(null), 'undated');
  assert.equal(placeText(null), 'no place');
  assert.equal(placeText({ name: 'Mosul', country: 'IQ', lat: 36.3, lon: 43.1, precision: 'city' } as never), 'Mosul, IQ');
});

const item = (report: string, copyOf: string | null, text = 'x'): EvidenceItem => ({
  report, outlet: report.toUpperCase(), published: '2017-03-09', copyOf, sentence: { start: 0, end: text.length, text }, spans: [], stance: null,
});

test('groupEvidence: sentences grouped by report, copies (and copies of copies) under their origin', () => {
  const groups = groupEvidence([item('wire', null, 'a'), item('wire', null, 'b'), item('reprint', 'wire'), item('reprint2', 'reprint'), item('other', null)]);
  assert.deepEqual(groups.map((g) => [g.group.report, g.group.items.length, g.copies.map((c) => c.report)]), [
    ['wire', 2, ['reprint', 'reprint2']],
    ['other', 1, []],
  ]);
});

test('groupEvidence: a copy whose origin is not in the evidence stands alone; a copy loop does not hang', () => {
  assert.deepEqual(groupEvidence([item('reprint', 'absent')]).map((g) => g.group.report), ['reprint']);
  const loop = groupEvidence([item('a', 'b'), item('b', 'a')]);
  assert.equal(loop.reduce((n, g) => n + 1 + g.copies.length, 0), 2);
  assert.deepEqual(groupEvidence([]), []);
});

test('originsBySource lists other reports only, with their sentences', () => {
  const o = (sentence: number, originReport: string) => ({ sentence, originReport, originSentence: 0, similarity: 1 });
  assert.deepEqual(originsBySource('farm', [o(0, 'farm'), o(1, 'wire'), o(2, 'local'), o(3, 'wire')]), [
    { report: 'wire', sentences: [1, 3] },
    { report: 'local', sentences: [2] },
  ]);
  assert.deepEqual(originsBySource('farm', [o(0, 'farm')]), []);
});

test('parseValue reads JSON when it parses, else keeps the text; valueText shortens', () => {
  assert.deepEqual(parseValue('{"min":4,"max":6}'), { min: 4, max: 6 });
  assert.equal(parseValue('12'), 12);
  assert.equal(parseValue(' Mosul '), 'Mosul');
  assert.equal(parseValue('{broken'), '{broken');
  assert.equal(valueText(null), '—');
  assert.equal(valueText({ a: 1 }), '{"a":1}');
  assert.equal(valueText('x'.repeat(400)).length, 158);
});
