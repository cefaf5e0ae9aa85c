import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CasualtyValue } from '../../report/types.js';
import { findCues } from './mentions.js';
import { mergeRepeats, type DraftEvent } from './group.js';

/** A draft event of one sentence whose event word is the first cue found in `text`. */
function draft(sentence: number, text: string, casualties: number[]): DraftEvent {
  const cue = findCues(text, 0)[0];
  return { sentences: [sentence], type: cue.cue.type, generic: cue.cue.generic === true, anchor: sentence, cue, cues: [cue], casualties };
}

const killed = (sentence: number, n: number): CasualtyValue =>
  ({ sentence, kind: 'killed', group: 'civilians', min: n, max: n, conservative: n, stated: true, hedged: false });

test('mergeRepeats: "the air strike" told far later joins the strike before it; "that an air strike" does not', () => {
  const casualties = [killed(0, 26), killed(9, 28)];
  const first = () => draft(0, 'An air strike hit a building, killing 26 civilians.', [0]);
  const merged = mergeRepeats([first(), draft(9, 'An agency said 28 people were killed by the air strike.', [1])], casualties, () => false);
  assert.equal(merged.length, 1);
  // "said that an air strike …": "that" is no definite article; the strike is told as a new one.
  const other = mergeRepeats([first(), draft(9, 'An agency said that an air strike killed 28 people.', [1])], casualties, () => false);
  assert.equal(other.length, 2);
  // Told apart by place or date, it stays apart.
  const apart = mergeRepeats([first(), draft(9, 'An agency said 28 people were killed by the air strike.', [1])], casualties, () => true);
  assert.equal(apart.length, 2);
});
