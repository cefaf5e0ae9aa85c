import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';

const run = (text: string) => buildPipeline([segment]).run(createReport(text));

test('segment splits a run-on join such as "weeks.Amnesty" and keeps offsets into the text', () => {
  const text = 'Shelling rose in recent weeks.Amnesty said the toll was high.';
  const r = run(text);
  const s = spansOf(r, 'sentence');
  assert.equal(s.length, 2);
  assert.equal(s[1].text, 'Amnesty said the toll was high.');
  for (const t of spansOf(r, 'token')) assert.equal(text.slice(t.start, t.end), t.text);
});

test('segment ends a sentence at a paragraph break even without a full stop (headlines)', () => {
  const r = run('Strike hits market in Aleppo\n\nAt least nine people died on Monday.');
  assert.deepEqual(spansOf(r, 'sentence').map((s) => s.text), ['Strike hits market in Aleppo', 'At least nine people died on Monday.']);
});

test('segment does not split after abbreviations such as "Gen." or "U.N."', () => {
  const r = run('Gen. Smith told the U.N. Security Council that the strike was lawful.');
  assert.equal(spansOf(r, 'sentence').length, 1);
});

test('segment gives no spans for empty or blank text', () => {
  assert.equal(run('').spans.length, 0);
  assert.equal(run('   \n\n  ').spans.length, 0);
});

test('a state abbreviation in parentheses does not end the sentence when a lower-case word follows', () => {
  const r = buildPipeline([segment]).run(createReport('Sen. Jane Roe (D-Vt.) said the vote was close. Rep. Ed Poe (R-Ga.) He left.'));
  const sents = spansOf(r, 'sentence').map((s) => s.text);
  assert.deepEqual(sents, ['Sen. Jane Roe (D-Vt.) said the vote was close.', 'Rep. Ed Poe (R-Ga.)', 'He left.']);
});

test('a quotation closing with "!" or "?" ends no sentence when a lower-case word follows', () => {
  const r = buildPipeline([segment]).run(createReport('She shouted “Not again!” and left the hall. “Who pays?” he asked. “Nobody!” Then silence.'));
  const sents = spansOf(r, 'sentence').map((s) => s.text);
  assert.deepEqual(sents, ['She shouted “Not again!” and left the hall.', '“Who pays?” he asked.', '“Nobody!”', 'Then silence.']);
});
