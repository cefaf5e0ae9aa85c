import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideStance } from './stance.js';
import type { ClaimSource } from '../../report/types.js';

// Sentences written by the team.
const source = (text: string, kind: ClaimSource['kind'] = 'unknown'): ClaimSource =>
  ({ text, start: 0, end: text.length, name: text, kind, anonymous: false, resolvedFrom: null });

test('a neutral verb with a denial phrase is a denial', () => {
  assert.equal(decideStance({ cueStance: 'statement', cue: 'said', content: 'its aircraft were not operating in the area', source: source('The ministry') }), 'denial');
  assert.equal(decideStance({ cueStance: 'statement', cue: 'said', content: 'it was not directly responsible for the fire', source: source('The militia') }), 'denial');
});

test('an acknowledgment verb needs harm in the content', () => {
  assert.equal(decideStance({ cueStance: 'acknowledgment', cue: 'acknowledged', content: 'a strike probably killed six civilians', source: source('The air force') }), 'acknowledgment');
  assert.equal(decideStance({ cueStance: 'acknowledgment', cue: 'acknowledged', content: 'the talks were difficult', source: source('The envoy') }), 'statement');
});

test('an accuser speaking of harm alleges; the same words from an official are a statement', () => {
  assert.equal(decideStance({ cueStance: 'statement', cue: 'said', content: 'four civilians died in the raid', source: source('Residents', 'civilians') }), 'allegation');
  assert.equal(decideStance({ cueStance: 'statement', cue: 'said', content: 'four civilians died in the raid', source: source('The governor') }), 'statement');
  assert.equal(decideStance({ cueStance: 'statement', cue: 'has said', content: 'the army failed to take adequate precautions', source: source('Amnesty International') }), 'allegation');
});

test('"regrets the loss of civilian life" and "accepted responsibility" are acknowledgments', () => {
  assert.equal(decideStance({ cueStance: 'statement', cue: 'said', content: 'it regrets the loss of civilian life in the raid', source: source('The coalition') }), 'acknowledgment');
  assert.equal(decideStance({ cueStance: 'acknowledgment', cue: 'accepted responsibility', content: 'for the deaths of two shepherds', source: source('The task force') }), 'acknowledgment');
});

test('words that only look like stance cues do not fire: "not" alone is no denial', () => {
  assert.equal(decideStance({ cueStance: 'statement', cue: 'said', content: 'the convoy did not stop at the checkpoint', source: source('The police') }), 'statement');
});
