import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribution } from './attribution.js';
import { runAttribution } from '../testing/claims.js';

// Where a claim's content ends and which side of the cue it is on (attribution/content.ts).
// All sentences below were written for these tests.

const contentOf = (text: string, cue: string) => {
  const r = runAttribution(text);
  const c = r.claims.find((x) => x.cue.text === cue);
  assert.ok(c, `no claim with cue "${cue}"\n${r.trace()}`);
  return c.content.text;
};

test('an object content ends before "and" and a second verb of the same subject', () => {
  assert.equal(contentOf('Brett has long praised the new clinic and has asked for more nurses.', 'has long praised'), 'the new clinic');
  assert.equal(contentOf('The senator spoke in Reno, calling the governor a coward and vowing to win the county.', 'calling'), 'the governor a coward');
});

test('a clause content keeps its own coordinated verbs and clauses', () => {
  assert.equal(contentOf('The mayor told reporters the bridge was safe and the river was low.', 'told'), 'the bridge was safe and the river was low');
  assert.equal(contentOf('The nurse said the ward was full and would stay full until May.', 'said'), 'the ward was full and would stay full until May');
});

test('an opening adverbial phrase or clause before the source is not the content: the content follows the cue', () => {
  assert.equal(contentOf('When Brett was asked about the fire on local radio, she focused on how the crews had arrived late.', 'focused on'), 'how the crews had arrived late');
  assert.equal(contentOf('Asked if the mayor is “honest enough to lead the city,” most voters said yes.', 'said'), 'yes');
  assert.equal(contentOf('Given the cost of the repairs, the council might want to consider a loan.', 'might want'), 'to consider a loan');
});

test('a main clause before the source stays the content', () => {
  assert.equal(contentOf('In the north, the river is high, the mayor said.', 'said'), 'In the north, the river is high');
  assert.equal(contentOf('After the storm ended we went home, the fisherman said.', 'said'), 'After the storm ended we went home');
});

test('the end of a quotation opened in an earlier sentence stays the content', () => {
  const text = '“We will reopen the road on Monday. Because the rain has stopped,” the mayor said.';
  assert.match(contentOf(text, 'said'), /Because the rain has stopped/);
});

// Claims with no source in the text (attribution/unstated.ts).
const unstatedOf = (text: string, cue: string) => {
  const r = runAttribution(text);
  const c = r.claims.find((x) => x.cue.text === cue && x.source.unstated);
  assert.ok(c, `no unstated claim with cue "${cue}"\n${r.trace()}`);
  return c.content.text;
};

test('a hearsay content inside an opening subordinate clause stops before the main clause', () => {
  const content = unstatedOf('Although the ferry seemed to be full, the crew let everyone board before noon.', 'seemed');
  assert.match(content, /the ferry seemed to be full$/);
});

test('a hearsay content stops before a colon or a spaced dash', () => {
  assert.equal(unstatedOf('The traders seem to agree: the shares rose by a third on Monday.', 'seem'), 'The traders seem to agree');
  assert.equal(unstatedOf('The ferry is reportedly full - so full that the crew turned people away.', 'reportedly'), 'The ferry is reportedly full');
});
