import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { attribution } from './attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';
import type { ClaimValue } from '../report/types.js';

// How far a claim's source runs (PolNeAR's conventions). All sentences were written for these tests.

function run(text: string) {
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, attribution], { trace: (l) => lines.push(l) }).run(createReport(text));
  const claims = spansOf(report, 'claim').map((s) => s.value);
  return { claims, trace: () => lines.join('\n') };
}

function claimAt(claims: ClaimValue[], cue: string, trace: () => string): ClaimValue {
  const found = claims.filter((c) => c.cue.text === cue);
  assert.equal(found.length, 1, `expected one claim with cue "${cue}", got ${found.length}\n${trace()}`);
  return found[0];
}

test('a relative clause with a cue of its own is left out of the source; one without a cue stays', () => {
  const r = run('Mira Kask, who told the council last year that the pier was unsafe, said the repairs had come too late.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'Mira Kask');
  const s = run('Mira Kask, who runs the ferry to the island, said the repairs had come too late.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Mira Kask, who runs the ferry to the island');
});

test('a coordinated subject is one source: "Bakers and even some millers say", "Ann Roe, Piet Kalm, and other bakers said"', () => {
  const r = run('Bakers and even some millers say the flour tax is too high.');
  assert.equal(claimAt(r.claims, 'say', r.trace).source.text, 'Bakers and even some millers');
  const s = run('Ann Roe, Piet Kalm, and other bakers said the flour tax was too high.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Ann Roe, Piet Kalm, and other bakers');
  const t = run('The tax was raised; he and Kalm said it was too high.');
  assert.equal(claimAt(t.claims, 'said', t.trace).source.text, 'he and Kalm');
});

test('NOT a coordinated subject: an object before ", and" ("The storm closed the road, and other officials said")', () => {
  const r = run('The storm closed the coastal road, and other harbour officials said it would stay shut.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'other harbour officials');
});

test('a subject noun with an adjective complement or a relative clause is one source ("people close to the mayor say")', () => {
  const r = run('People close to the harbour master say the ferry will be sold.');
  assert.equal(claimAt(r.claims, 'say', r.trace).source.text, 'People close to the harbour master');
  const s = run('An engineer familiar with the bridge plans said the cables were too thin.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'An engineer familiar with the bridge plans');
  const t = run('Fishermen who have worked the northern banks for decades say the cod are gone.');
  assert.equal(claimAt(t.claims, 'say', t.trace).source.text, 'Fishermen who have worked the northern banks for decades');
});

test('NOT a relative clause: a subject pronoun after "who … when" starts its own clause', () => {
  const r = run('The town elected Ann Roe, the baker who won the seat in 2019 when she promised a new bridge.');
  assert.equal(claimAt(r.claims, 'promised', r.trace).source.text, 'she');
});

test('NOT a relative clause: an -ing cue modifies the phrase just before it ("postings that included one saying …")', () => {
  const r = run('In the file were two letters, and old postings that included one saying the mayor should resign.');
  assert.equal(claimAt(r.claims, 'saying', r.trace).source.text, 'one');
});
