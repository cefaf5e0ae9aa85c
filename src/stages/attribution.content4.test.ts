import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { attribution } from './attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';

// Claims around a speaker tag inside a quotation (attribution/quoting.ts nestedCues).
// All sentences below were written for these tests.

function claims(text: string) {
  return spansOf(buildPipeline([segment, actors, attribution]).run(createReport(text)), 'claim').map((s) => s.value);
}

test('a participial cue right after a mid-quote speaker tag is a claim of its own', () => {
  const cs = claims("''The dam will not hold another winter,'' Ms. Reyes said, referring to the old reservoir. ''Everyone in the valley knows it.''");
  const referring = cs.find((c) => c.cue.text === 'referring to');
  assert.ok(referring, JSON.stringify(cs.map((c) => c.cue.text)));
  assert.equal(referring.content.text, 'the old reservoir');
  // the quotation still runs on after the tag for "said"
  assert.match(cs.find((c) => c.cue.text === 'said')?.content.text ?? '', /Everyone in the valley knows it/);
});

test('a broad cue inside the quoted words is still nested in the claim', () => {
  const cs = claims('"Farmers want the road reopened," the mayor said.');
  assert.deepEqual(cs.map((c) => c.cue.text), ['said']);
});

const contentOf = (text: string, cue: string) => {
  const c = claims(text).find((x) => x.cue.text === cue);
  assert.ok(c, `no claim with cue "${cue}"`);
  return c.content.text;
};

// Where a complement clause ends (attribution/frames.ts clauseEnd).

test('", according to" ends the content of another cue', () => {
  assert.equal(contentOf('The council argued that the levy was unfair, according to minutes of the meeting seen by reporters.', 'argued'), 'that the levy was unfair');
});
