import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAttribution } from '../testing/claims.js';

// Cues opened for PolNeAR recall in the ninth session: verbs of appearance before an adjective,
// the passive "was asked", hearsay passives after a relative pronoun. All sentences below were
// written for these tests.

const cues = (text: string) => runAttribution(text).claims.map((c) => [c.cue.text, c.content.text]);

test('a verb of appearance before an adjective reports a judgment with no stated source', () => {
  const r = runAttribution('The ferry crew seemed oddly calm after the storm.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].cue.text, 'seemed');
  assert.equal(r.claims[0].source.unstated, true);
  assert.equal(r.claims[0].content.text, 'The ferry crew seemed oddly calm after the storm');
  // "appeared live on the radio" shows up; it judges nothing
  assert.deepEqual(cues('The harbour master appeared live on the radio.'), []);
});

test('the passive "was asked" reports a question put by someone unstated', () => {
  const r = runAttribution('The harbour master was asked whether the ferry would run on Sunday.');
  const c = r.claims.find((x) => x.source.unstated);
  assert.equal(c?.cue.text, 'was asked', r.trace());
  assert.equal(c?.content.text, 'whether the ferry would run on Sunday');
  assert.deepEqual(cues('The councillor has been asked to step down.'), [['has been asked', 'to step down']]);
  // an adverb alone asks nothing
  assert.deepEqual(cues('The same question was asked twice.'), []);
});

test('a hearsay passive or a verb of appearance after a relative pronoun or a conjunction', () => {
  assert.deepEqual(cues('The port authority, which is expected to vote on Monday, met in Tartu.'), [['is expected', 'which is expected to vote on Monday']]);
  assert.deepEqual(cues('The mayor spoke to a fisherman who seemed to be lost.'), [['seemed', 'who seemed to be lost']]);
  assert.deepEqual(cues('The mayor is moving to Tartu but is expected to keep her seat.'), [['is expected', 'to keep her seat']]);
});

test('"it" before a raising passive refers back and opens the content', () => {
  assert.deepEqual(cues('The ferry deficit grew last year. It is expected to shrink after the fare rise.'), [['is expected', 'It is expected to shrink after the fare rise']]);
});

test('a survey or a document "found" its content with no "that"', () => {
  const r = runAttribution('A Tartu Daily poll last week found the mayor leading by ten points.');
  assert.equal(r.claims[0]?.cue.text, 'found', r.trace());
  assert.equal(r.claims[0]?.source.text, 'A Tartu Daily poll');
  assert.equal(r.claims[0]?.content.text, 'the mayor leading by ten points');
  assert.deepEqual(cues('One 2012 paper found higher catches near the reef.'), [['found', 'higher catches near the reef']]);
  // people who find things report nothing
  assert.deepEqual(cues('The divers found three boats in the harbour.'), []);
});

test('"known as" and "known for": what a thing is called or famed for, by people unstated', () => {
  assert.deepEqual(cues('The ferry won most of the races known as the Harbour Cup.'), [['known as', 'the races known as the Harbour Cup']]);
  assert.deepEqual(cues('The old plan, known as Harbour First, was dropped.'), [['known as', 'The old plan, known as Harbour First']]);
  assert.deepEqual(cues('The poet is best known for her songs about the sea.'), [['is best known for', 'The poet is best known for her songs about the sea']]);
  assert.deepEqual(cues('I have known him for years.'), []);
});

test('"agreed" before an infinitive is a cue with the "to" phrase as content', () => {
  const r = runAttribution('The ferry company agreed to refund every ticket sold in March.');
  assert.equal(r.claims[0]?.cue.text, 'agreed', r.trace());
  assert.equal(r.claims[0]?.source.text, 'The ferry company');
  assert.equal(r.claims[0]?.content.text, 'to refund every ticket sold in March');
});

test('"when asked" after the main clause, and "Asked by …" before the question', () => {
  const late = runAttribution('"Not this year," the harbour master said when asked whether the ferry would run.');
  assert.deepEqual(late.claims.filter((c) => c.source.unstated).map((c) => [c.cue.text, c.content.text]), [['asked', 'whether the ferry would run']], late.trace());
  const by = runAttribution('Asked by a reporter whether the ferry would run, the harbour master shrugged.');
  assert.deepEqual(by.claims.filter((c) => c.source.unstated).map((c) => [c.cue.text, c.content.text]), [['Asked', 'whether the ferry would run']], by.trace());
  const during = runAttribution('Asked during the meeting why the ferry was late, Ms. Roe blamed the storm.');
  assert.deepEqual(during.claims.filter((c) => c.source.unstated).map((c) => c.content.text), ['why the ferry was late']);
});

test('"was asked" before a comma and a quoted question', () => {
  assert.deepEqual(cues('The harbour master was asked, "Where is the ferry?"'), [['was asked', '"Where is the ferry?"']]);
});

test('"in a statement" right after the verb belongs to the cue', () => {
  const r = runAttribution('The ferry company said in a written statement that all boats would run.');
  assert.equal(r.claims[0]?.cue.text, 'said in a written statement', r.trace());
  assert.equal(r.claims[0]?.content.text, 'that all boats would run');
  // an interview stays out of the cue
  assert.equal(runAttribution('The ferry company said in an interview that all boats would run.').claims[0]?.cue.text, 'said');
});
