import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actors } from '../actors.js';
import { segment } from '../segment.js';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';

// Sentences written by the team for these tests.
function orgs(text: string): string[] {
  const report = buildPipeline([segment, actors]).run(createReport(text));
  return spansOf(report, 'actor').filter((s) => s.value.kind !== 'person').map((s) => `${s.text}=${s.value.name}`);
}

test('an acronym defined after an organisation names it again later', () => {
  assert.deepEqual(orgs('The Kite Valley Recovery Fund (KVRF) paid for the pumps. KVRF engineers finished in May.'),
    ['Kite Valley Recovery Fund=Kite Valley Recovery Fund', 'KVRF=Kite Valley Recovery Fund', 'KVRF=Kite Valley Recovery Fund']);
});

test('an acronym nobody defined, or defined after a person, is not an organisation', () => {
  assert.deepEqual(orgs('KVRF engineers finished in May.'), []);
  assert.deepEqual(orgs('Leila Haddad (LH) signed. LH left.'), []);
});

test('a demonym before "government" is the state acting; before other nouns it is not', () => {
  assert.deepEqual(orgs('The French government said the convoy was delayed.'), ['French government=French government']);
  assert.deepEqual(orgs('French doctors said the convoy was delayed.'), []);
});
