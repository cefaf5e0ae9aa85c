import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribution } from './attribution.js';
import { runAttribution } from '../testing/claims.js';

// Where a claim's content ends (attribution/frames.ts clauseEnd, attribution/content.ts).
// All sentences below were written for these tests.

const contentOf = (text: string, cue: string) => {
  const r = runAttribution(text);
  const c = r.claims.find((x) => x.cue.text === cue);
  assert.ok(c, `no claim with cue "${cue}"\n${r.trace()}`);
  return c.content.text;
};

test('a cue inside a subordinate clause: the content ends where the main clause begins', () => {
  assert.equal(contentOf('Weeks after the harbour master warned that the pier was unsafe, the town council closed it.', 'warned'), 'that the pier was unsafe');
  assert.equal(contentOf('Some fishermen cheered, and as the mayor announced the new quay would open in May, a drummer started to play.', 'announced'), 'the new quay would open in May');
});

test('a cue inside a relative clause between commas: the content ends before the main verb', () => {
  assert.equal(contentOf('Dana Roe, who in a letter to the council argued that the ferry is too slow, bought a boat of her own.', 'argued'), 'that the ferry is too slow');
});

test('an object content ends before a comma and a clause with its own subject', () => {
  assert.equal(contentOf('While Ann Roe, a farmer from the valley, lamented the new water tolls, the minister spent the day at the coast.', 'lamented'), 'the new water tolls');
});

test('an apposition that closes the content is left out; a list of noun phrases stays', () => {
  assert.equal(contentOf('The harbour master said the ferry would stop at Lund, a town the company had long ignored.', 'said'), 'the ferry would stop at Lund');
  assert.equal(contentOf('The report said the town needed a clinic, a school, a new road to the coast.', 'said'), 'the town needed a clinic, a school, a new road to the coast');
});
