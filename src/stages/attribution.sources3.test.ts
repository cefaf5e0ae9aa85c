import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAttribution, claimAt } from '../testing/claims.js';

// Finding the source of a recognised cue (PolNeAR's conventions). All sentences were written for these tests.

test('a phrase of time or medium between subject and verb is not the source ("the mayor at the time said")', () => {
  const r = runAttribution('The harbour master at the time said the ferry was safe.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'The harbour master');
  const s = runAttribution('The ferry company in a brief statement on Friday denied that the hull was cracked.');
  assert.equal(claimAt(s.claims, 'denied', s.trace).source.text, 'The ferry company');
  const t = runAttribution('The port authority less than three weeks ago said the pier would reopen.');
  assert.equal(claimAt(t.claims, 'said', t.trace).source.text, 'The port authority');
});

test('a source keeps a preposition read before its noun and a hyphenated compound ("some outside engineers", "the self-styled reformer")', () => {
  const r = runAttribution('Some outside engineers say the bridge cannot be saved.');
  assert.equal(claimAt(r.claims, 'say', r.trace).source.text, 'Some outside engineers');
  const s = runAttribution('But the self-styled green reformer has vowed to close the mine.');
  assert.equal(claimAt(s.claims, 'has vowed', s.trace).source.text, 'the self-styled green reformer');
});

test('", saying" shares the subject of a sentence whose apposition holds a verb ("Fishermen, who hold …, have blocked …, saying")', () => {
  const r = runAttribution('The trawler crews, who hold most seats on the harbour board, have blocked the plan for years, saying it would ruin the port.');
  assert.equal(claimAt(r.claims, 'saying', r.trace).source.text, 'The trawler crews, who hold most seats on the harbour board');
});

test('a second verb shares a subject with a possessive apostrophe or an adjective aside ("Roberts’ office … and announced", "Kalm, clearly furious, …, saying")', () => {
  const r = runAttribution('The Jennings’ bakery raised its prices on Monday and announced it would close on Sundays.');
  assert.equal(claimAt(r.claims, 'announced', r.trace).source.text, 'The Jennings’ bakery');
  const s = runAttribution('Kalm, clearly furious, answered by tapping the table, saying the figures were wrong.');
  assert.equal(claimAt(s.claims, 'saying', s.trace).source.text, 'Kalm');
});

test('"…, while saying …" shares the sentence subject (the connector is no clause of its own)', () => {
  const r = runAttribution('Kalm had a sharper view of the harbour budget, while saying that the new pier was worth its cost.');
  assert.equal(claimAt(r.claims, 'saying', r.trace).source.text, 'Kalm');
});

test('an -ing participle between commas after the subject is left out of the source ("The Courier, quoting court papers, reported")', () => {
  const r = runAttribution('The Courier, quoting sealed court papers, reported that the ferry owner had fled.');
  assert.equal(claimAt(r.claims, 'reported', r.trace).source.text, 'The Courier');
  const s = runAttribution('Ann Roe, acting director of the port agency, said the ferry was late.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Ann Roe, acting director of the port agency');
});

test('a role noun keeps its "to" phrase in the source ("A senior aide to the harbour master said")', () => {
  const r = runAttribution('A senior aide to the harbour master said the pier would close in May.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'A senior aide to the harbour master');
});

test('a quantifier after an object noun opens the source of a relative clause without "who" ("the kind of ferry many skippers fear")', () => {
  const r = runAttribution('It is exactly the kind of cheap ferry many skippers fear the council will buy.');
  assert.equal(claimAt(r.claims, 'fear', r.trace).source.text, 'many skippers');
});
