import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import { excludeFromCivilians, findExclusions } from './exclusions.js';

const killed = (text: string) => {
  const e = analyze(text, { published: '2023-10-20' }).events.find((x) => x.total.killed.conservative > 0)!;
  return `${e.civilians.killed.min}–${e.civilians.killed.max}`;
};
const r = (min: number, max: number) => ({ min, max, conservative: min });

test('exclusions: "he has not been counted among the civilian dead" leaves one of the dead out of both ends', () => {
  const text = 'A strike on a house in Khan Younis on Monday killed six members of the Haddad family. '
    + 'Relatives said the eldest son, Karim Haddad, commanded a local unit of an armed group. '
    + 'Therefore, he has not been counted among the civilian dead.';
  assert.equal(killed(text), '5–5');
});

test('exclusions: a civilian count that already leaves the fighter out is not lowered again', () => {
  // Seven civilians of eight dead: the eighth is the one excluded.
  const text = 'An air strike on a home in Rafah on Monday killed seven civilians. '
    + 'A relative listed the names of eight people killed in the strike. '
    + 'One of them, Sami Nasr, was described as a fighter, and he has not been included in the civilian death toll.';
  assert.equal(killed(text), '7–7');
});

test('exclusions: a contested status (left out of the minimum, or the reason hedged) lowers only the minimum', () => {
  const min = findExclusions(['Omar and Ali have not been counted as civilians because a post alleged they may have been fighters, though this is unconfirmed.']);
  assert.deepEqual(min.map((x) => [x.count, x.scope]), [[2, 'min']]);
  const lower = findExclusions(['The three men were named by one cousin as commanders.', 'These men have been excluded from the minimum civilian death range.']);
  assert.deepEqual(lower.map((x) => [x.count, x.scope]), [[3, 'min']]);
  assert.deepEqual(excludeFromCivilians(r(9, 9), r(9, 9), [{ sentence: 0, count: 3, scope: 'min' }]), { min: 6, max: 9, conservative: 6 });
});

test('exclusions: the monitor\'s own classification of a named victim as a militant counts one', () => {
  const found = findExclusions(['On that evidence Airwars classified the late Youssef Darwish as a militant.']);
  assert.deepEqual(found.map((x) => [x.count, x.scope]), [[1, 'both']]);
  assert.deepEqual(excludeFromCivilians(r(7, 10), r(7, 10), found), { min: 7, max: 9, conservative: 7 });
});

test('exclusions: NOT when the sentence says no evidence made anyone a militant', () => {
  assert.deepEqual(findExclusions(['There is no evidence that anyone killed was classified as a militant.']), []);
  assert.deepEqual(findExclusions(['Nothing suggests that any of the victims were reported to be fighters.']), []);
});

test('left out: "has not yet included these individuals in the casualty range" drops the figures of the sentence before', () => {
  const text = 'At least six civilians were killed when an air strike hit a house in Deir al-Balah on Tuesday. '
    + 'A local radio station said 12 bodies were thought to remain under the rubble. '
    + 'The monitor has not yet included these individuals in the casualty range, pending confirmation.';
  assert.equal(killed(text), '6–6');
});
