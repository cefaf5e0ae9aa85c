import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesAfter, segment } from './segment.js';
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

const sentences = (text: string) => spansOf(run(text), 'sentence').map((s) => s.text);

test('a quotation closed with two apostrophes keeps both, and the next sentence starts after them', () => {
  assert.deepEqual(sentences("The mayor called the plan ''a disgrace.'' He left early. ''We will rebuild,'' she said."), [
    "The mayor called the plan ''a disgrace.''", 'He left early.', "''We will rebuild,'' she said.",
  ]);
  assert.deepEqual(sentences("He said ``the road is shut.'' Then he left. ``Go home!'' he shouted."), [
    "He said ``the road is shut.''", 'Then he left.', "``Go home!'' he shouted.",
  ]);
});

test('a party and state in parentheses ends no sentence, dotted ("D-N.Y.") or followed by a comma or dash', () => {
  assert.deepEqual(sentences('Rep. Ann Ray (D-N.Y.) said the bill would fail. Sen. Tim Moe (R-S.C.) agreed.'), [
    'Rep. Ann Ray (D-N.Y.) said the bill would fail.', 'Sen. Tim Moe (R-S.C.) agreed.',
  ]);
  assert.deepEqual(sentences('Sen. Lee Park (D-Calif.), who chairs the panel, objected. Sen. Tim Li (I-Vt.) — his rival — left.'), [
    'Sen. Lee Park (D-Calif.), who chairs the panel, objected.', 'Sen. Tim Li (I-Vt.) — his rival — left.',
  ]);
});

test('titles wink does not know ("Sens.", "Maj.", "Rev.") end no sentence before a name', () => {
  assert.deepEqual(sentences('Republican Sens. Ann Lowe and Tim Ray voted against it. Maj. Gen. Ed Kane met the Rev. Jo Li on Sunday.'), [
    'Republican Sens. Ann Lowe and Tim Ray voted against it.', 'Maj. Gen. Ed Kane met the Rev. Jo Li on Sunday.',
  ]);
});

test('a full stop inside a web address or a dotted degree ends no sentence', () => {
  assert.deepEqual(sentences('The listing on ShopNow.com was removed. She holds a Ph.D. from Yale.'), [
    'The listing on ShopNow.com was removed.', 'She holds a Ph.D. from Yale.',
  ]);
});

test('a quotation closing with a full stop, or a title closing with "!", goes on when a lower-case word follows', () => {
  assert.deepEqual(sentences('"The road is closed." he said. Fans of Go Team! cheered the result.'), [
    '"The road is closed." he said.', 'Fans of Go Team! cheered the result.',
  ]);
});

test('the rest of an ellipsis glued to a full stop stays with the sentence it ends', () => {
  assert.deepEqual(sentences('It was bad.… It got worse.'), ['It was bad.…', 'It got worse.']);
});

test('continuesAfter: no sentence opens with a comma; a capital after a plain full stop starts one', () => {
  assert.equal(continuesAfter('stop?', ',” the', false, ' '), true);
  assert.equal(continuesAfter('Adm.', 'Lee', false, ' '), true);
  assert.equal(continuesAfter('(I-Vt.)', 'Voters', false, ' '), false);
  assert.equal(continuesAfter('weeks.', 'Amnesty', true, ''), false);
  assert.equal(continuesAfter('families.', 'al-Masri', true, ''), false);
});

test('a state code without its last full stop does not end the sentence', () => {
  assert.deepEqual(sentences('Rep. Ann Ray (D-N.Y) said the vote would fail. Others disagreed.'), [
    'Rep. Ann Ray (D-N.Y) said the vote would fail.', 'Others disagreed.',
  ]);
  assert.equal(continuesAfter('(R-S.', 'C)', true, ''), true);
  assert.equal(continuesAfter('camp.', 'A', true, ''), false);
  assert.equal(continuesAfter('B.', 'Then', true, ''), false);
});

test('a line without a full stop before a capitalised line is a heading, unless the text is hard-wrapped', () => {
  assert.deepEqual(sentences('Shelling resumes in the north\nResidents fled on Monday, officials said.'), [
    'Shelling resumes in the north', 'Residents fled on Monday, officials said.',
  ]);
  assert.deepEqual(sentences('Residents fled on Monday, the\nministry said, as shelling hit the North\nGate district.'), [
    'Residents fled on Monday, the\nministry said, as shelling hit the North\nGate district.',
  ]);
});
