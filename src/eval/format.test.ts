import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSet, formatTargets } from './format.js';
import type { SetResult } from './types.js';

const acled: SetResult = {
  set: 'acled', items: 3, seconds: 1.23, notes: ['a note'],
  measures: [
    { key: 'acled.date.exact', label: 'event date = event_date', value: 2 / 3, detail: '2/3' },
    { key: 'acled.subEventType.macroF1', label: 'sub_event_type macro-F1', value: 0.9, detail: '' },
  ],
};

test('formatSet prints rates as percentages and F1 as 0–1, with counts and notes', () => {
  const out = formatSet(acled);
  assert.match(out, /### acled — 3 item\(s\), 1\.2 s/);
  assert.match(out, /\| event date = event_date +\| 66\.7% +\| 2\/3/);
  assert.match(out, /\| sub_event_type macro-F1 +\| 0\.900/);
  assert.match(out, /- a note/);
});

test('formatTargets says which targets are met and which are not', () => {
  const out = formatTargets({ sets: [acled] });
  assert.match(out, /ACLED event date exact +\| ≥ 97\.0% +\| 66\.7% +\| not yet/);
  assert.match(out, /ACLED sub_event_type macro-F1 +\| ≥ 0\.850 +\| 0\.900 +\| met/);
  assert.doesNotMatch(out, /Airwars/);
});
