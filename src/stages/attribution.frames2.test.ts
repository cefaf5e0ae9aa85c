import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribution } from './attribution.js';
import { runAttribution } from '../testing/claims.js';

// Where the content of a cue ends (attribution/frames.ts `clauseEnd`, `frameContent`).
// All sentences below were written for these tests.

test('", but that" opens a second complement clause of the same cue: the content goes on', () => {
  const r = runAttribution('The harbour master said the old pier was safe, but that the ferry ramp needed repairs.');
  assert.equal(r.claims[0]?.content.text, 'the old pier was safe, but that the ferry ramp needed repairs', r.trace());
});
