import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import { statedRanges } from './stated-ranges.js';

const civilians = (text: string) => {
  const e = analyze(text, { published: '2023-10-20' }).events[0];
  return { killed: `${e.civilians.killed.min}–${e.civilians.killed.max}`, injured: `${e.civilians.injured.min}–${e.civilians.injured.max}` };
};

test('stated ranges: "the monitor has quantified the injury toll as 2-2" sets the injured range it codes', () => {
  const text = 'A strike hit a shop in Rafah on Monday, killing the owner, a local radio said. '
    + 'Neighbours said that five people were hurt in the blast. '
    + 'No other source reported injuries, therefore the monitor has quantified the injury toll as 2-2.';
  assert.equal(civilians(text).injured, '2–2');
});

test('stated ranges: "added a minimum civilian fatality estimate of one" gives one killed where no figure was read', () => {
  const text = 'A drone strike hit a car near Khan Younis on Tuesday. '
    + 'The car belonged to a family from the camp, a news site said. '
    + 'The monitor has therefore added a minimum civilian fatality estimate of one.';
  assert.equal(civilians(text).killed, '1–1');
});

test('stated ranges: each pair takes the harm named in its own phrase, before it or after it', () => {
  const pairs = statedRanges(['The monitor has recorded the number of civilians killed as 3-4, and injured as 1-2.', 'So the monitor has used a 12-24 range in the injury fields and 1-1 in the fatalities range.', 'The civilians injured and killed have been recorded as 1-2.']);
  assert.deepEqual(pairs.map((p) => [p.sentence, p.kind, p.min, p.max]), [
    [0, 'killed', 3, 4], [0, 'injured', 1, 2], [1, 'injured', 12, 24], [1, 'killed', 1, 1], [2, 'injured', 1, 2], [2, 'killed', 1, 2],
  ]);
});

test('stated ranges: the two harms joined right before the pair, not an earlier "and"', () => {
  const pairs = statedRanges(['Only one outlet reported the strike, so its status was recorded as weak and the wounded and killed as 1-2.']);
  assert.deepEqual(pairs.map((p) => [p.kind, p.min, p.max]), [['injured', 1, 2], ['killed', 1, 2]]);
});

test('stated ranges: NOT a source\'s own estimate with no coding verb ("lower estimates put at 11 by an agency")', () => {
  assert.deepEqual(statedRanges(['Earlier lower estimates of deaths were put at 11 by one news agency.']), []);
});
