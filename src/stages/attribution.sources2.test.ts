import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAttribution, claimAt } from '../testing/claims.js';

// How far a claim's source runs (PolNeAR's conventions). All sentences were written for these tests.

test('a relative clause with a cue of its own is left out of the source; one without a cue stays', () => {
  const r = runAttribution('Mira Kask, who told the council last year that the pier was unsafe, said the repairs had come too late.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'Mira Kask');
  const s = runAttribution('Mira Kask, who runs the ferry to the island, said the repairs had come too late.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Mira Kask, who runs the ferry to the island');
});

test('a coordinated subject is one source: "Bakers and even some millers say", "Ann Roe, Piet Kalm, and other bakers said"', () => {
  const r = runAttribution('Bakers and even some millers say the flour tax is too high.');
  assert.equal(claimAt(r.claims, 'say', r.trace).source.text, 'Bakers and even some millers');
  const s = runAttribution('Ann Roe, Piet Kalm, and other bakers said the flour tax was too high.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Ann Roe, Piet Kalm, and other bakers');
  const t = runAttribution('The tax was raised; he and Kalm said it was too high.');
  assert.equal(claimAt(t.claims, 'said', t.trace).source.text, 'he and Kalm');
});

test('NOT a coordinated subject: an object before ", and" ("The storm closed the road, and other officials said")', () => {
  const r = runAttribution('The storm closed the coastal road, and other harbour officials said it would stay shut.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'other harbour officials');
});

test('a subject noun with an adjective complement or a relative clause is one source ("people close to the mayor say")', () => {
  const r = runAttribution('People close to the harbour master say the ferry will be sold.');
  assert.equal(claimAt(r.claims, 'say', r.trace).source.text, 'People close to the harbour master');
  const s = runAttribution('An engineer familiar with the bridge plans said the cables were too thin.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'An engineer familiar with the bridge plans');
  const t = runAttribution('Fishermen who have worked the northern banks for decades say the cod are gone.');
  assert.equal(claimAt(t.claims, 'say', t.trace).source.text, 'Fishermen who have worked the northern banks for decades');
});

test('NOT a relative clause: a subject pronoun after "who … when" starts its own clause', () => {
  const r = runAttribution('The town elected Ann Roe, the baker who won the seat in 2019 when she promised a new bridge.');
  assert.equal(claimAt(r.claims, 'promised', r.trace).source.text, 'she');
});

test('NOT a relative clause: an -ing cue modifies the phrase just before it ("postings that included one saying …")', () => {
  const r = runAttribution('In the file were two letters, and old postings that included one saying the mayor should resign.');
  assert.equal(claimAt(r.claims, 'saying', r.trace).source.text, 'one');
});
